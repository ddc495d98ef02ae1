import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GiB,
  InputError,
  MiB,
  formatSize,
  parseSize,
  parseSizeOrPercent
} from "./chunk-EJ3N4MJJ.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-PY5VAGIZ.js";

// node_modules/systeminformation/lib/util.js
var require_util = __commonJS({
  "node_modules/systeminformation/lib/util.js"(exports) {
    "use strict";
    var os3 = __require("os");
    var fs = __require("fs");
    var path = __require("path");
    var spawn2 = __require("child_process").spawn;
    var exec = __require("child_process").exec;
    var execSync = __require("child_process").execSync;
    var util = __require("util");
    var _platform = process.platform;
    var _linux = _platform === "linux" || _platform === "android";
    var _darwin = _platform === "darwin";
    var _windows = _platform === "win32";
    var _freebsd = _platform === "freebsd";
    var _openbsd = _platform === "openbsd";
    var _netbsd = _platform === "netbsd";
    var _cores = 0;
    var codepage = "";
    var _smartMonToolsInstalled = null;
    var _rpi_cpuinfo = null;
    var WINDIR = process.env.WINDIR || "C:\\Windows";
    var _psChild;
    var _psResult = "";
    var _psCmds = [];
    var _psPersistent = false;
    var _powerShell = "";
    var _psToUTF8 = "$OutputEncoding = [System.Console]::OutputEncoding = [System.Console]::InputEncoding = [System.Text.Encoding]::UTF8 ; ";
    var _psCmdStart = "--###START###--";
    var _psError = "--ERROR--";
    var _psCmdSeperator = "--###ENDCMD###--";
    var _psIdSeperator = "--##ID##--";
    var _winSysDir = WINDIR + "\\system32";
    var execOptsWin = {
      windowsHide: true,
      maxBuffer: 1024 * 102400,
      encoding: "UTF-8",
      env: Object.assign({}, process.env, { LANG: "en_US.UTF-8" }),
      cwd: _windows && fs.existsSync(_winSysDir) ? _winSysDir : void 0
    };
    function winCwd(options) {
      if (!execOptsWin.cwd || options && options.cwd) {
        return options;
      }
      return Object.assign({}, options, { cwd: execOptsWin.cwd });
    }
    function execCwd(cmd, opts, callback) {
      if (typeof opts === "function") {
        callback = opts;
        opts = void 0;
      }
      return exec(cmd, winCwd(opts), callback);
    }
    var execOptsLinux = {
      maxBuffer: 1024 * 102400,
      encoding: "UTF-8",
      stdio: ["pipe", "pipe", "ignore"]
    };
    function toInt(value) {
      let result = parseInt(value, 10);
      if (isNaN(result)) {
        result = 0;
      }
      return result;
    }
    function splitByNumber(str) {
      let numberStarted = false;
      let num = "";
      let cpart = "";
      for (const c of str) {
        if (c >= "0" && c <= "9" || numberStarted) {
          numberStarted = true;
          num += c;
        } else {
          cpart += c;
        }
      }
      return [cpart, num];
    }
    var stringObj = new String();
    var stringReplace = new String().replace;
    var stringToLower = new String().toLowerCase;
    var stringToString = new String().toString;
    var stringSubstr = new String().substr;
    var stringSubstring = new String().substring;
    var stringTrim = new String().trim;
    var stringStartWith = new String().startsWith;
    var stringSplit = new String().split;
    var mathMin = Math.min;
    function isFunction(functionToCheck) {
      return typeof functionToCheck === "function";
    }
    function unique(obj) {
      const uniques = [];
      const stringify = {};
      for (let i = 0; i < obj.length; i++) {
        const keys = Object.keys(obj[i]);
        keys.sort((a, b) => {
          return a - b;
        });
        let str = "";
        for (let j = 0; j < keys.length; j++) {
          str += JSON.stringify(keys[j]);
          str += JSON.stringify(obj[i][keys[j]]);
        }
        if (!{}.hasOwnProperty.call(stringify, str)) {
          uniques.push(obj[i]);
          stringify[str] = true;
        }
      }
      return uniques;
    }
    function sortByKey(array, keys) {
      return array.sort((a, b) => {
        let x = "";
        let y = "";
        keys.forEach((key) => {
          x = x + a[key];
          y = y + b[key];
        });
        return x < y ? -1 : x > y ? 1 : 0;
      });
    }
    function cores() {
      if (_cores === 0) {
        _cores = os3.cpus().length;
      }
      return _cores;
    }
    function getValue(lines, property, separator, trimmed, lineMatch) {
      separator = separator || ":";
      property = property.toLowerCase();
      trimmed = trimmed || false;
      lineMatch = lineMatch || false;
      let result = "";
      lines.some((line) => {
        let lineLower = line.toLowerCase().replace(/\t/g, "");
        if (trimmed) {
          lineLower = lineLower.trim();
        }
        if (lineLower.startsWith(property) && (lineMatch ? lineLower.match(property + separator) || lineLower.match(property + " " + separator) : true)) {
          const parts = trimmed ? line.trim().split(separator) : line.split(separator);
          if (parts.length >= 2) {
            parts.shift();
            result = parts.join(separator).trim();
            return true;
          }
        }
        return false;
      });
      return result;
    }
    function decodeEscapeSequence(str, base) {
      base = base || 16;
      return str.replace(/\\x([0-9A-Fa-f]{2})/g, function() {
        return String.fromCharCode(parseInt(arguments[1], base));
      });
    }
    function detectSplit(str) {
      let seperator = "";
      let part = 0;
      str.split("").forEach((element) => {
        if (element >= "0" && element <= "9") {
          if (part === 1) {
            part++;
          }
        } else {
          if (part === 0) {
            part++;
          }
          if (part === 1) {
            seperator += element;
          }
        }
      });
      return seperator;
    }
    function parseTime(t, pmDesignator) {
      pmDesignator = pmDesignator || "";
      t = t.toUpperCase();
      let hour = 0;
      let min = 0;
      const splitter = detectSplit(t);
      const parts = t.split(splitter);
      if (parts.length >= 2) {
        if (parts[2]) {
          parts[1] += parts[2];
        }
        const p1 = (parts[1] || "").toLowerCase();
        const isPM = p1.indexOf("pm") > -1 || p1.indexOf("p.m.") > -1 || p1.indexOf("p. m.") > -1 || p1.indexOf("n") > -1 || p1.indexOf("ch") > -1 || p1.indexOf("\xF6s") > -1 || pmDesignator && p1.indexOf(pmDesignator) > -1;
        hour = parseInt(parts[0], 10);
        min = parseInt(parts[1], 10);
        hour = isPM && hour < 12 ? hour + 12 : hour;
        return ("0" + hour).substr(-2) + ":" + ("0" + min).substr(-2);
      }
    }
    function parseDateTime(dt, culture) {
      const result = {
        date: "",
        time: ""
      };
      culture = culture || {};
      const dateFormat = (culture.dateFormat || "").toLowerCase();
      const pmDesignator = culture.pmDesignator || "";
      const parts = dt.split(" ");
      if (parts[0]) {
        if (parts[0].indexOf("/") >= 0) {
          const dtparts = parts[0].split("/");
          if (dtparts.length === 3) {
            if (dtparts[0].length === 4) {
              result.date = dtparts[0] + "-" + ("0" + dtparts[1]).substr(-2) + "-" + ("0" + dtparts[2]).substr(-2);
            } else if (dtparts[2].length === 2) {
              if (dateFormat.indexOf("/d/") > -1 || dateFormat.indexOf("/dd/") > -1) {
                result.date = "20" + dtparts[2] + "-" + ("0" + dtparts[1]).substr(-2) + "-" + ("0" + dtparts[0]).substr(-2);
              } else {
                result.date = "20" + dtparts[2] + "-" + ("0" + dtparts[1]).substr(-2) + "-" + ("0" + dtparts[0]).substr(-2);
              }
            } else {
              const isEN = dt.toLowerCase().indexOf("pm") > -1 || dt.toLowerCase().indexOf("p.m.") > -1 || dt.toLowerCase().indexOf("p. m.") > -1 || dt.toLowerCase().indexOf("am") > -1 || dt.toLowerCase().indexOf("a.m.") > -1 || dt.toLowerCase().indexOf("a. m.") > -1;
              if ((isEN || dateFormat.indexOf("/d/") > -1 || dateFormat.indexOf("/dd/") > -1) && dateFormat.indexOf("dd/") !== 0) {
                result.date = dtparts[2] + "-" + ("0" + dtparts[0]).substr(-2) + "-" + ("0" + dtparts[1]).substr(-2);
              } else {
                result.date = dtparts[2] + "-" + ("0" + dtparts[1]).substr(-2) + "-" + ("0" + dtparts[0]).substr(-2);
              }
            }
          }
        }
        if (parts[0].indexOf(".") >= 0) {
          const dtparts = parts[0].split(".");
          if (dtparts.length === 3) {
            if (dateFormat.indexOf(".d.") > -1 || dateFormat.indexOf(".dd.") > -1) {
              result.date = dtparts[2] + "-" + ("0" + dtparts[0]).substr(-2) + "-" + ("0" + dtparts[1]).substr(-2);
            } else {
              result.date = dtparts[2] + "-" + ("0" + dtparts[1]).substr(-2) + "-" + ("0" + dtparts[0]).substr(-2);
            }
          }
        }
        if (parts[0].indexOf("-") >= 0) {
          const dtparts = parts[0].split("-");
          if (dtparts.length === 3) {
            result.date = dtparts[0] + "-" + ("0" + dtparts[1]).substr(-2) + "-" + ("0" + dtparts[2]).substr(-2);
          }
        }
      }
      if (parts[1]) {
        parts.shift();
        const time = parts.join(" ");
        result.time = parseTime(time, pmDesignator);
      }
      return result;
    }
    function parseHead(head, rights) {
      let space = rights > 0;
      let count = 1;
      let from = 0;
      let to = 0;
      const result = [];
      for (let i = 0; i < head.length; i++) {
        if (count <= rights) {
          if (/\s/.test(head[i]) && !space) {
            to = i - 1;
            result.push({
              from,
              to: to + 1,
              cap: head.substring(from, to + 1)
            });
            from = to + 2;
            count++;
          }
          space = head[i] === " ";
        } else {
          if (!/\s/.test(head[i]) && space) {
            to = i - 1;
            if (from < to) {
              result.push({
                from,
                to,
                cap: head.substring(from, to)
              });
            }
            from = to + 1;
            count++;
          }
          space = head[i] === " ";
        }
      }
      to = 5e3;
      result.push({
        from,
        to,
        cap: head.substring(from, to)
      });
      let len = result.length;
      for (let i = 0; i < len; i++) {
        if (result[i].cap.replace(/\s/g, "").length === 0) {
          if (i + 1 < len) {
            result[i].to = result[i + 1].to;
            result[i].cap = result[i].cap + result[i + 1].cap;
            result.splice(i + 1, 1);
            len = len - 1;
          }
        }
      }
      return result;
    }
    function findObjectByKey(array, key, value) {
      for (let i = 0; i < array.length; i++) {
        if (array[i][key] === value) {
          return i;
        }
      }
      return -1;
    }
    function getPowershell() {
      _powerShell = "powershell.exe";
      if (_windows) {
        const defaultPath = `${WINDIR}\\system32\\WindowsPowerShell\\v1.0\\powershell.exe`;
        if (fs.existsSync(defaultPath)) {
          _powerShell = defaultPath;
        }
      }
    }
    function getVboxmanage() {
      const vboxPath = (process.env.VBOX_INSTALL_PATH || process.env.VBOX_MSI_INSTALL_PATH || "").replace(/["%!^&|<>`$;\r\n]/g, "");
      return _windows ? vboxPath ? `"${vboxPath}\\VBoxManage.exe"` : "VBoxManage.exe" : "vboxmanage";
    }
    function powerShellProceedResults(data) {
      let id = "";
      let parts;
      let res = "";
      if (data.indexOf(_psCmdStart) >= 0) {
        parts = data.split(_psCmdStart);
        const parts2 = parts[1].split(_psIdSeperator);
        id = parts2[0];
        if (parts2.length > 1) {
          data = parts2.slice(1).join(_psIdSeperator);
        }
      }
      if (data.indexOf(_psCmdSeperator) >= 0) {
        parts = data.split(_psCmdSeperator);
        res = parts[0];
      }
      let remove = -1;
      for (let i = 0; i < _psCmds.length; i++) {
        if (_psCmds[i].id === id) {
          remove = i;
          _psCmds[i].callback(res);
        }
      }
      if (remove >= 0) {
        _psCmds.splice(remove, 1);
      }
    }
    function powerShellStart() {
      if (!_psChild) {
        _psChild = spawn2(_powerShell, ["-NoProfile", "-NoLogo", "-InputFormat", "Text", "-NoExit", "-Command", "-"], {
          stdio: "pipe",
          windowsHide: true,
          maxBuffer: 1024 * 102400,
          encoding: "UTF-8",
          env: Object.assign({}, process.env, { LANG: "en_US.UTF-8" }),
          cwd: execOptsWin.cwd
        });
        if (_psChild && _psChild.pid) {
          _psPersistent = true;
          _psChild.stdout.on("data", (data) => {
            _psResult = _psResult + data.toString("utf8");
            let sepIndex = _psResult.indexOf(_psCmdSeperator);
            while (sepIndex >= 0) {
              const end = sepIndex + _psCmdSeperator.length;
              powerShellProceedResults(_psResult.slice(0, end));
              _psResult = _psResult.slice(end);
              sepIndex = _psResult.indexOf(_psCmdSeperator);
            }
          });
          _psChild.stderr.on("data", () => {
            powerShellProceedResults(_psResult + _psError);
          });
          _psChild.on("error", () => {
            powerShellProceedResults(_psResult + _psError);
          });
          _psChild.on("close", () => {
            if (_psChild) {
              _psChild.kill();
            }
          });
        }
      }
    }
    function powerShellRelease() {
      try {
        if (_psChild) {
          _psChild.stdin.write("exit" + os3.EOL);
          _psChild.stdin.end();
        }
      } catch {
        if (_psChild) {
          _psChild.kill();
        }
      }
      _psPersistent = false;
      _psChild = null;
    }
    function powerShell(cmd) {
      if (_psPersistent) {
        const id = Math.random().toString(36).substring(2, 12);
        return new Promise((resolve) => {
          process.nextTick(() => {
            function callback(data) {
              resolve(data);
            }
            _psCmds.push({
              id,
              cmd,
              callback,
              start: /* @__PURE__ */ new Date()
            });
            try {
              if (_psChild && _psChild.pid) {
                _psChild.stdin.write(_psToUTF8 + "echo " + _psCmdStart + id + _psIdSeperator + "; " + os3.EOL + cmd + os3.EOL + "echo " + _psCmdSeperator + os3.EOL);
              }
            } catch {
              resolve("");
            }
          });
        });
      } else {
        let result = "";
        return new Promise((resolve) => {
          process.nextTick(() => {
            try {
              const osVersion = os3.release().split(".").map(Number);
              const spanOptions = osVersion[0] < 10 ? ["-NoProfile", "-NoLogo", "-InputFormat", "Text", "-NoExit", "-ExecutionPolicy", "Unrestricted", "-Command", "-"] : ["-NoProfile", "-NoLogo", "-InputFormat", "Text", "-ExecutionPolicy", "Unrestricted", "-Command", _psToUTF8 + cmd];
              const child = spawn2(_powerShell, spanOptions, {
                stdio: "pipe",
                windowsHide: true,
                maxBuffer: 1024 * 102400,
                encoding: "UTF-8",
                env: Object.assign({}, process.env, { LANG: "en_US.UTF-8" }),
                cwd: execOptsWin.cwd
              });
              if (child && !child.pid) {
                child.on("error", () => {
                  resolve(result);
                });
              }
              if (child && child.pid) {
                child.stdout.on("data", (data) => {
                  result = result + data.toString("utf8");
                });
                child.stderr.on("data", () => {
                  child.kill();
                  resolve(result);
                });
                child.on("close", () => {
                  child.kill();
                  resolve(result);
                });
                child.on("error", () => {
                  child.kill();
                  resolve(result);
                });
                if (osVersion[0] < 10) {
                  try {
                    child.stdin.write(_psToUTF8 + cmd + os3.EOL);
                    child.stdin.write("exit" + os3.EOL);
                    child.stdin.end();
                  } catch {
                    child.kill();
                    resolve(result);
                  }
                }
              } else {
                resolve(result);
              }
            } catch {
              resolve(result);
            }
          });
        });
      }
    }
    function execSafe(cmd, args, options) {
      let result = "";
      options = winCwd(options || {});
      return new Promise((resolve) => {
        process.nextTick(() => {
          try {
            const child = spawn2(cmd, args, options);
            if (child && !child.pid) {
              child.on("error", () => {
                resolve(result);
              });
            }
            if (child && child.pid) {
              child.stdout.on("data", (data) => {
                result += data.toString();
              });
              child.on("close", () => {
                child.kill();
                resolve(result);
              });
              child.on("error", () => {
                child.kill();
                resolve(result);
              });
            } else {
              resolve(result);
            }
          } catch {
            resolve(result);
          }
        });
      });
    }
    function getCodepage() {
      if (_windows) {
        if (!codepage) {
          try {
            const stdout = execSync("chcp", execOptsWin);
            const lines = stdout.toString().split("\r\n");
            const parts = lines[0].split(":");
            codepage = parts.length > 1 ? parts[1].replace(".", "").trim() : "";
          } catch {
            codepage = "437";
          }
        }
        return codepage;
      }
      if (_linux || _darwin || _freebsd || _openbsd || _netbsd) {
        if (!codepage) {
          try {
            const stdout = execSync("echo $LANG", execOptsLinux);
            const lines = stdout.toString().split("\r\n");
            const parts = lines[0].split(".");
            codepage = parts.length > 1 ? parts[1].trim() : "";
            if (!codepage) {
              codepage = "UTF-8";
            }
          } catch {
            codepage = "UTF-8";
          }
        }
        return codepage;
      }
    }
    function smartMonToolsInstalled() {
      if (_smartMonToolsInstalled !== null) {
        return _smartMonToolsInstalled;
      }
      _smartMonToolsInstalled = false;
      if (_windows) {
        try {
          const pathArray = execSync("WHERE smartctl 2>nul", execOptsWin).toString().split("\r\n");
          if (pathArray && pathArray.length) {
            _smartMonToolsInstalled = pathArray[0].indexOf(":\\") >= 0;
          } else {
            _smartMonToolsInstalled = false;
          }
        } catch {
          _smartMonToolsInstalled = false;
        }
      }
      if (_linux || _darwin || _freebsd || _openbsd || _netbsd) {
        try {
          const pathArray = execSync("which smartctl 2>/dev/null", execOptsLinux).toString().split("\r\n");
          _smartMonToolsInstalled = pathArray.length > 0;
        } catch {
          noop();
        }
      }
      return _smartMonToolsInstalled;
    }
    function isRaspberry(cpuinfo) {
      const PI_MODEL_NO = ["BCM2708", "BCM2709", "BCM2710", "BCM2711", "BCM2712", "BCM2835", "BCM2836", "BCM2837", "BCM2837B0"];
      if (_rpi_cpuinfo !== null) {
        cpuinfo = _rpi_cpuinfo;
      } else if (cpuinfo === void 0) {
        try {
          cpuinfo = fs.readFileSync("/proc/cpuinfo", { encoding: "utf8" }).toString().split("\n");
          _rpi_cpuinfo = cpuinfo;
        } catch {
          return false;
        }
      }
      const hardware = getValue(cpuinfo, "hardware");
      const model = getValue(cpuinfo, "model");
      return hardware && PI_MODEL_NO.indexOf(hardware) > -1 || model && model.indexOf("Raspberry Pi") > -1;
    }
    function isRaspbian() {
      let osrelease = [];
      try {
        osrelease = fs.readFileSync("/etc/os-release", { encoding: "utf8" }).toString().split("\n");
      } catch {
        return false;
      }
      const id = getValue(osrelease, "id", "=");
      return id && id.indexOf("raspbian") > -1;
    }
    function execWin(cmd, opts, callback) {
      if (!callback) {
        callback = opts;
        opts = execOptsWin;
      }
      const newCmd = "chcp 65001 > nul && cmd /C " + cmd + " && chcp " + codepage + " > nul";
      exec(newCmd, winCwd(opts), (error, stdout) => {
        callback(error, stdout);
      });
    }
    function darwinXcodeExists() {
      const cmdLineToolsExists = fs.existsSync("/Library/Developer/CommandLineTools/usr/bin/");
      const xcodeAppExists = fs.existsSync("/Applications/Xcode.app/Contents/Developer/Tools");
      const xcodeExists = fs.existsSync("/Library/Developer/Xcode/");
      return cmdLineToolsExists || xcodeExists || xcodeAppExists;
    }
    function nanoSeconds() {
      const time = process.hrtime();
      if (!Array.isArray(time) || time.length !== 2) {
        return 0;
      }
      return +time[0] * 1e9 + +time[1];
    }
    function countUniqueLines(lines, startingWith) {
      startingWith = startingWith || "";
      const uniqueLines = [];
      lines.forEach((line) => {
        if (line.startsWith(startingWith)) {
          if (uniqueLines.indexOf(line) === -1) {
            uniqueLines.push(line);
          }
        }
      });
      return uniqueLines.length;
    }
    function countLines(lines, startingWith) {
      startingWith = startingWith || "";
      const uniqueLines = [];
      lines.forEach((line) => {
        if (line.startsWith(startingWith)) {
          uniqueLines.push(line);
        }
      });
      return uniqueLines.length;
    }
    function sanitizeShellString(str, strict) {
      if (typeof strict === "undefined") {
        strict = false;
      }
      const s = str || "";
      let result = "";
      const l = mathMin(s.length, 2e3);
      for (let i = 0; i <= l; i++) {
        if (!(s[i] === void 0 || s[i] === ">" || s[i] === "<" || s[i] === "*" || s[i] === "?" || s[i] === "[" || s[i] === "]" || s[i] === "|" || s[i] === "\u02DA" || s[i] === "$" || s[i] === ";" || s[i] === "&" || s[i] === "]" || s[i] === "#" || s[i] === "%" || s[i] === "!" || s[i] === "^" || s[i] === "\\" || s[i] === "	" || s[i] === "\n" || s[i] === "\r" || s[i] === "'" || s[i] === "`" || s[i] === '"' || // unicode quotes (U+2018-U+201E) and dashes (U+2013-U+2015) are treated as ' " - by PowerShell
        s[i] >= "\u2018" && s[i] <= "\u201E" || s[i] >= "\u2013" && s[i] <= "\u2015" || s[i].length > 1 || strict && s[i] === "(" || strict && s[i] === ")" || strict && s[i] === "@" || strict && s[i] === " " || strict && s[i] === "{" || strict && s[i] === ";" || strict && s[i] === "}")) {
          result = result + s[i];
        }
      }
      return result;
    }
    function sanitizeContainerID(str) {
      const s = String(str || "").substring(0, 2e3).replace(/[^a-zA-Z0-9_.,*-]/g, "");
      return s.indexOf("..") === -1 ? s : "";
    }
    function sanitizeDriveLetter(str) {
      const match = /^\s*([a-zA-Z]):?[\\/]?\s*$/.exec(String(str || ""));
      return match ? match[1] + ":" : "";
    }
    function sanitizeImageID(str) {
      const s = String(str || "").substring(0, 2e3).replace(/[^a-zA-Z0-9_.,:@/-]/g, "");
      return s.indexOf("..") === -1 ? s : "";
    }
    function isPrototypePolluted() {
      const s = "1234567890abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
      let notPolluted = true;
      let st = "";
      try {
        st.__proto__.replace = stringReplace;
        st.__proto__.toLowerCase = stringToLower;
        st.__proto__.toString = stringToString;
        st.__proto__.substr = stringSubstr;
        st.__proto__.substring = stringSubstring;
        st.__proto__.split = stringSplit;
        st.__proto__.trim = stringTrim;
        st.__proto__.startsWith = stringStartWith;
      } catch (e) {
        Object.setPrototypeOf(st, stringObj);
      }
      notPolluted = notPolluted || s.length !== 62;
      const ms = Date.now();
      if (typeof ms === "number" && ms > 16e11) {
        const l = ms % 100 + 15;
        for (let i = 0; i < l; i++) {
          const r = Math.random() * 61.99999999 + 1;
          const rs = parseInt(Math.floor(r).toString(), 10);
          const rs2 = parseInt(r.toString().split(".")[0], 10);
          const q = Math.random() * 61.99999999 + 1;
          const qs = parseInt(Math.floor(q).toString(), 10);
          const qs2 = parseInt(q.toString().split(".")[0], 10);
          notPolluted = notPolluted && r !== q;
          notPolluted = notPolluted && rs === rs2 && qs === qs2;
          st += s[rs - 1];
        }
        notPolluted = notPolluted && st.length === l;
        let p = Math.random() * l * 0.9999999999;
        let stm = st.substr(0, p) + " " + st.substr(p, 2e3);
        try {
          stm.__proto__.replace = stringReplace;
        } catch (e) {
          Object.setPrototypeOf(stm, stringObj);
        }
        let sto = stm.replace(/ /g, "");
        notPolluted = notPolluted && st === sto;
        p = Math.random() * l * 0.9999999999;
        stm = st.substr(0, p) + "{" + st.substr(p, 2e3);
        sto = stm.replace(/{/g, "");
        notPolluted = notPolluted && st === sto;
        p = Math.random() * l * 0.9999999999;
        stm = st.substr(0, p) + "*" + st.substr(p, 2e3);
        sto = stm.replace(/\*/g, "");
        notPolluted = notPolluted && st === sto;
        p = Math.random() * l * 0.9999999999;
        stm = st.substr(0, p) + "$" + st.substr(p, 2e3);
        sto = stm.replace(/\$/g, "");
        notPolluted = notPolluted && st === sto;
        const stl = st.toLowerCase();
        notPolluted = notPolluted && stl.length === l && stl[l - 1] && !stl[l];
        for (let i = 0; i < l; i++) {
          const s1 = st[i];
          try {
            s1.__proto__.toLowerCase = stringToLower;
          } catch {
            Object.setPrototypeOf(st, stringObj);
          }
          const s2 = stl ? stl[i] : "";
          const s1l = s1.toLowerCase();
          notPolluted = notPolluted && s1l[0] === s2 && s1l[0] && !s1l[1];
        }
      }
      return !notPolluted;
    }
    function sanitizeString(str, strict) {
      if (typeof strict === "undefined") {
        strict = false;
      }
      let result = "";
      const s = isPrototypePolluted() ? "---" : sanitizeShellString(str, strict);
      const l = mathMin(s.length, 2e3);
      for (let i = 0; i <= l; i++) {
        if (s[i] !== void 0) {
          result = result + s[i];
        }
      }
      return result;
    }
    function hex2bin(hex) {
      return ("00000000" + parseInt(hex, 16).toString(2)).substr(-8);
    }
    function getFilesInPath(source) {
      const lstatSync = fs.lstatSync;
      const readdirSync = fs.readdirSync;
      const join3 = path.join;
      function isDirectory(source2) {
        return lstatSync(source2).isDirectory();
      }
      function isFile(source2) {
        return lstatSync(source2).isFile();
      }
      function getDirectories(source2) {
        return readdirSync(source2).map((name) => {
          return join3(source2, name);
        }).filter(isDirectory);
      }
      function getFiles(source2) {
        return readdirSync(source2).map((name) => {
          return join3(source2, name);
        }).filter(isFile);
      }
      function getFilesRecursively(source2) {
        try {
          const dirs = getDirectories(source2);
          const files = dirs.map((dir) => {
            return getFilesRecursively(dir);
          }).reduce((a, b) => {
            return a.concat(b);
          }, []);
          return files.concat(getFiles(source2));
        } catch {
          return [];
        }
      }
      if (fs.existsSync(source)) {
        return getFilesRecursively(source);
      } else {
        return [];
      }
    }
    function decodePiCpuinfo(lines) {
      if (_rpi_cpuinfo === null) {
        _rpi_cpuinfo = lines;
      } else if (lines === void 0) {
        lines = _rpi_cpuinfo;
      }
      const oldRevisionCodes = {
        "0002": {
          type: "B",
          revision: "1.0",
          memory: 256,
          manufacturer: "Egoman",
          processor: "BCM2835"
        },
        "0003": {
          type: "B",
          revision: "1.0",
          memory: 256,
          manufacturer: "Egoman",
          processor: "BCM2835"
        },
        "0004": {
          type: "B",
          revision: "2.0",
          memory: 256,
          manufacturer: "Sony UK",
          processor: "BCM2835"
        },
        "0005": {
          type: "B",
          revision: "2.0",
          memory: 256,
          manufacturer: "Qisda",
          processor: "BCM2835"
        },
        "0006": {
          type: "B",
          revision: "2.0",
          memory: 256,
          manufacturer: "Egoman",
          processor: "BCM2835"
        },
        "0007": {
          type: "A",
          revision: "2.0",
          memory: 256,
          manufacturer: "Egoman",
          processor: "BCM2835"
        },
        "0008": {
          type: "A",
          revision: "2.0",
          memory: 256,
          manufacturer: "Sony UK",
          processor: "BCM2835"
        },
        "0009": {
          type: "A",
          revision: "2.0",
          memory: 256,
          manufacturer: "Qisda",
          processor: "BCM2835"
        },
        "000d": {
          type: "B",
          revision: "2.0",
          memory: 512,
          manufacturer: "Egoman",
          processor: "BCM2835"
        },
        "000e": {
          type: "B",
          revision: "2.0",
          memory: 512,
          manufacturer: "Sony UK",
          processor: "BCM2835"
        },
        "000f": {
          type: "B",
          revision: "2.0",
          memory: 512,
          manufacturer: "Egoman",
          processor: "BCM2835"
        },
        "0010": {
          type: "B+",
          revision: "1.2",
          memory: 512,
          manufacturer: "Sony UK",
          processor: "BCM2835"
        },
        "0011": {
          type: "CM1",
          revision: "1.0",
          memory: 512,
          manufacturer: "Sony UK",
          processor: "BCM2835"
        },
        "0012": {
          type: "A+",
          revision: "1.1",
          memory: 256,
          manufacturer: "Sony UK",
          processor: "BCM2835"
        },
        "0013": {
          type: "B+",
          revision: "1.2",
          memory: 512,
          manufacturer: "Embest",
          processor: "BCM2835"
        },
        "0014": {
          type: "CM1",
          revision: "1.0",
          memory: 512,
          manufacturer: "Embest",
          processor: "BCM2835"
        },
        "0015": {
          type: "A+",
          revision: "1.1",
          memory: 256,
          manufacturer: "512MB	Embest",
          processor: "BCM2835"
        }
      };
      const processorList = ["BCM2835", "BCM2836", "BCM2837", "BCM2711", "BCM2712"];
      const manufacturerList = ["Sony UK", "Egoman", "Embest", "Sony Japan", "Embest", "Stadium"];
      const typeList = {
        "00": "A",
        "01": "B",
        "02": "A+",
        "03": "B+",
        "04": "2B",
        "05": "Alpha (early prototype)",
        "06": "CM1",
        "08": "3B",
        "09": "Zero",
        "0a": "CM3",
        "0c": "Zero W",
        "0d": "3B+",
        "0e": "3A+",
        "0f": "Internal use only",
        10: "CM3+",
        11: "4B",
        12: "Zero 2 W",
        13: "400",
        14: "CM4",
        15: "CM4S",
        16: "Internal use only",
        17: "5",
        18: "CM5",
        19: "500/500+",
        "1a": "CM5 Lite"
      };
      const revisionCode = getValue(lines, "revision", ":", true);
      const model = getValue(lines, "model:", ":", true);
      const serial = getValue(lines, "serial", ":", true);
      let result = {};
      if ({}.hasOwnProperty.call(oldRevisionCodes, revisionCode)) {
        result = {
          model,
          serial,
          revisionCode,
          memory: oldRevisionCodes[revisionCode].memory,
          manufacturer: oldRevisionCodes[revisionCode].manufacturer,
          processor: oldRevisionCodes[revisionCode].processor,
          type: oldRevisionCodes[revisionCode].type,
          revision: oldRevisionCodes[revisionCode].revision
        };
      } else {
        const revision = ("00000000" + getValue(lines, "revision", ":", true).toLowerCase()).substr(-8);
        const memSizeCode = parseInt(hex2bin(revision.substr(2, 1)).substr(5, 3), 2) || 0;
        const manufacturer = manufacturerList[parseInt(revision.substr(3, 1), 10)];
        const processor = processorList[parseInt(revision.substr(4, 1), 10)];
        const typeCode = revision.substr(5, 2);
        result = {
          model,
          serial,
          revisionCode,
          memory: 256 * 2 ** memSizeCode,
          manufacturer,
          processor,
          type: {}.hasOwnProperty.call(typeList, typeCode) ? typeList[typeCode] : "",
          revision: "1." + revision.substr(7, 1)
        };
      }
      return result;
    }
    function getRpiGpu(cpuinfo) {
      if (_rpi_cpuinfo === null && cpuinfo !== void 0) {
        _rpi_cpuinfo = cpuinfo;
      } else if (cpuinfo === void 0 && _rpi_cpuinfo !== null) {
        cpuinfo = _rpi_cpuinfo;
      } else {
        try {
          cpuinfo = fs.readFileSync("/proc/cpuinfo", { encoding: "utf8" }).toString().split("\n");
          _rpi_cpuinfo = cpuinfo;
        } catch {
          return false;
        }
      }
      const rpi = decodePiCpuinfo(cpuinfo);
      if (rpi.type === "4B" || rpi.type === "CM4" || rpi.type === "CM4S" || rpi.type === "400") {
        return "VideoCore VI";
      }
      if (rpi.type === "5" || rpi.type === "500") {
        return "VideoCore VII";
      }
      return "VideoCore IV";
    }
    function promiseAll(promises) {
      const resolvingPromises = promises.map(
        (promise) => new Promise((resolve) => {
          const payload = new Array(2);
          promise.then((result) => {
            payload[0] = result;
          }).catch((error) => {
            payload[1] = error;
          }).then(() => {
            resolve(payload);
          });
        })
      );
      const errors = [];
      const results = [];
      return Promise.all(resolvingPromises).then((items) => {
        items.forEach((payload) => {
          if (payload[1]) {
            errors.push(payload[1]);
            results.push(null);
          } else {
            errors.push(null);
            results.push(payload[0]);
          }
        });
        return {
          errors,
          results
        };
      });
    }
    function promisify(nodeStyleFunction) {
      return function() {
        const args = Array.prototype.slice.call(arguments);
        return new Promise((resolve, reject) => {
          args.push((err, data) => {
            if (err) {
              reject(err);
            } else {
              resolve(data);
            }
          });
          nodeStyleFunction.apply(null, args);
        });
      };
    }
    function promisifySave(nodeStyleFunction) {
      return function() {
        const args = Array.prototype.slice.call(arguments);
        return new Promise((resolve) => {
          args.push((err, data) => {
            resolve(data);
          });
          nodeStyleFunction.apply(null, args);
        });
      };
    }
    function linuxVersion() {
      let result = "";
      if (_linux) {
        try {
          result = execSync("uname -v", execOptsLinux).toString();
        } catch {
          result = "";
        }
      }
      return result;
    }
    function plistParser(xmlStr) {
      const tags = ["array", "dict", "key", "string", "integer", "date", "real", "data", "boolean", "arrayEmpty"];
      const startStr = "<plist version";
      let pos = xmlStr.indexOf(startStr);
      const len = xmlStr.length;
      while (xmlStr[pos] !== ">" && pos < len) {
        pos++;
      }
      let depth = 0;
      let inTagStart = false;
      let inTagContent = false;
      let inTagEnd = false;
      const metaData = [{ tagStart: "", tagEnd: "", tagContent: "", key: "", data: null }];
      let c = "";
      let cn = xmlStr[pos];
      while (pos < len) {
        c = cn;
        if (pos + 1 < len) {
          cn = xmlStr[pos + 1];
        }
        if (c === "<") {
          inTagContent = false;
          if (cn === "/") {
            inTagEnd = true;
          } else if (metaData[depth].tagStart) {
            metaData[depth].tagContent = "";
            if (!metaData[depth].data) {
              metaData[depth].data = metaData[depth].tagStart === "array" ? [] : {};
            }
            depth++;
            metaData.push({ tagStart: "", tagEnd: "", tagContent: "", key: null, data: null });
            inTagStart = true;
            inTagContent = false;
          } else if (!inTagStart) {
            inTagStart = true;
          }
        } else if (c === ">") {
          if (metaData[depth].tagStart === "true/") {
            inTagStart = false;
            inTagEnd = true;
            metaData[depth].tagStart = "";
            metaData[depth].tagEnd = "/boolean";
            metaData[depth].data = true;
          }
          if (metaData[depth].tagStart === "false/") {
            inTagStart = false;
            inTagEnd = true;
            metaData[depth].tagStart = "";
            metaData[depth].tagEnd = "/boolean";
            metaData[depth].data = false;
          }
          if (metaData[depth].tagStart === "array/") {
            inTagStart = false;
            inTagEnd = true;
            metaData[depth].tagStart = "";
            metaData[depth].tagEnd = "/arrayEmpty";
            metaData[depth].data = [];
          }
          if (inTagContent) {
            inTagContent = false;
          }
          if (inTagStart) {
            inTagStart = false;
            inTagContent = true;
            if (metaData[depth].tagStart === "array") {
              metaData[depth].data = [];
            }
            if (metaData[depth].tagStart === "dict") {
              metaData[depth].data = {};
            }
          }
          if (inTagEnd) {
            inTagEnd = false;
            if (metaData[depth].tagEnd && tags.indexOf(metaData[depth].tagEnd.substr(1)) >= 0) {
              if (metaData[depth].tagEnd === "/dict" || metaData[depth].tagEnd === "/array") {
                if (depth > 1 && metaData[depth - 2].tagStart === "array") {
                  metaData[depth - 2].data.push(metaData[depth - 1].data);
                }
                if (depth > 1 && metaData[depth - 2].tagStart === "dict" && !isProtoKey(metaData[depth - 1].key)) {
                  metaData[depth - 2].data[metaData[depth - 1].key] = metaData[depth - 1].data;
                }
                depth--;
                metaData.pop();
                metaData[depth].tagContent = "";
                metaData[depth].tagStart = "";
                metaData[depth].tagEnd = "";
              } else {
                if (metaData[depth].tagEnd === "/key" && metaData[depth].tagContent) {
                  metaData[depth].key = metaData[depth].tagContent;
                } else {
                  if (metaData[depth].tagEnd === "/real" && metaData[depth].tagContent) {
                    metaData[depth].data = parseFloat(metaData[depth].tagContent) || 0;
                  }
                  if (metaData[depth].tagEnd === "/integer" && metaData[depth].tagContent) {
                    metaData[depth].data = parseInt(metaData[depth].tagContent) || 0;
                  }
                  if (metaData[depth].tagEnd === "/string" && metaData[depth].tagContent) {
                    metaData[depth].data = metaData[depth].tagContent || "";
                  }
                  if (metaData[depth].tagEnd === "/boolean") {
                    metaData[depth].data = metaData[depth].tagContent || false;
                  }
                  if (metaData[depth].tagEnd === "/arrayEmpty") {
                    metaData[depth].data = metaData[depth].tagContent || [];
                  }
                  if (depth > 0 && metaData[depth - 1].tagStart === "array") {
                    metaData[depth - 1].data.push(metaData[depth].data);
                  }
                  if (depth > 0 && metaData[depth - 1].tagStart === "dict" && !isProtoKey(metaData[depth].key)) {
                    metaData[depth - 1].data[metaData[depth].key] = metaData[depth].data;
                  }
                }
                metaData[depth].tagContent = "";
                metaData[depth].tagStart = "";
                metaData[depth].tagEnd = "";
              }
            }
            metaData[depth].tagEnd = "";
            inTagStart = false;
            inTagContent = false;
          }
        } else {
          if (inTagStart) {
            metaData[depth].tagStart += c;
          }
          if (inTagEnd) {
            metaData[depth].tagEnd += c;
          }
          if (inTagContent) {
            metaData[depth].tagContent += c;
          }
        }
        pos++;
      }
      return metaData[0].data;
    }
    function strIsNumeric(str) {
      return typeof str === "string" && !isNaN(str) && !isNaN(parseFloat(str));
    }
    function plistReader(output) {
      const lines = output.split("\n");
      for (let i = 0; i < lines.length; i++) {
        if (lines[i].indexOf(" = ") >= 0) {
          const lineParts = lines[i].split(" = ");
          lineParts[0] = lineParts[0].trim();
          if (!lineParts[0].startsWith('"')) {
            lineParts[0] = '"' + lineParts[0] + '"';
          }
          lineParts[1] = lineParts[1].trim();
          if (lineParts[1].indexOf('"') === -1 && lineParts[1].endsWith(";")) {
            const valueString = lineParts[1].substring(0, lineParts[1].length - 1);
            if (!strIsNumeric(valueString)) {
              lineParts[1] = `"${valueString}";`;
            }
          }
          if (lineParts[1].indexOf('"') >= 0 && lineParts[1].endsWith(";")) {
            const valueString = lineParts[1].substring(0, lineParts[1].length - 1).replace(/"/g, "");
            if (strIsNumeric(valueString)) {
              lineParts[1] = `${valueString};`;
            }
          }
          lines[i] = lineParts.join(" : ");
        }
        lines[i] = lines[i].replace(/\(/g, "[").replace(/\)/g, "]").replace(/;/g, ",").trim();
        if (lines[i].startsWith("}") && lines[i - 1] && lines[i - 1].endsWith(",")) {
          lines[i - 1] = lines[i - 1].substring(0, lines[i - 1].length - 1);
        }
      }
      output = lines.join("");
      let obj = {};
      try {
        obj = JSON.parse(output);
      } catch (e) {
        noop();
      }
      return obj;
    }
    function semverCompare(v1, v2) {
      let res = 0;
      const parts1 = v1.split(".").map((p) => parseInt(p, 10) || 0);
      const parts2 = v2.split(".").map((p) => parseInt(p, 10) || 0);
      if (parts1[0] < parts2[0]) {
        res = 1;
      } else if (parts1[0] > parts2[0]) {
        res = -1;
      } else if (parts1[0] === parts2[0] && parts1.length >= 2 && parts2.length >= 2) {
        if (parts1[1] < parts2[1]) {
          res = 1;
        } else if (parts1[1] > parts2[1]) {
          res = -1;
        } else if (parts1[1] === parts2[1]) {
          if (parts1.length >= 3 && parts2.length >= 3) {
            if (parts1[2] < parts2[2]) {
              res = 1;
            } else if (parts1[2] > parts2[2]) {
              res = -1;
            }
          } else if (parts2.length >= 3) {
            res = 1;
          }
        }
      }
      return res;
    }
    function getAppleModel(key) {
      const appleModelIds = [
        {
          key: "Mac18,5",
          name: "Mac mini",
          size: "",
          processor: "M6",
          year: "2026",
          additional: ""
        },
        {
          key: "Mac17,16",
          name: "Mac mini",
          size: "",
          processor: "M5 Pro",
          year: "2026",
          additional: ""
        },
        {
          key: "Mac17,15",
          name: "Mac Studio",
          size: "",
          processor: "M5 Ultra",
          year: "2026",
          additional: ""
        },
        {
          key: "Mac17,14",
          name: "Mac Studio",
          size: "",
          processor: "M5 Max",
          year: "2026",
          additional: ""
        },
        {
          key: "Mac17,9",
          name: "MacBook Pro",
          size: "14-inch",
          processor: "M5 Pro",
          year: "2026",
          additional: ""
        },
        {
          key: "Mac17,8",
          name: "MacBook Pro",
          size: "16-inch",
          processor: "M5 Pro",
          year: "2026",
          additional: ""
        },
        {
          key: "Mac17,7",
          name: "MacBook Pro",
          size: "14-inch",
          processor: "M5 Max",
          year: "2026",
          additional: ""
        },
        {
          key: "Mac17,6",
          name: "MacBook Pro",
          size: "16-inch",
          processor: "M5 Max",
          year: "2026",
          additional: ""
        },
        {
          key: "Mac17,5",
          name: "MacBook Pro",
          size: "16-inch",
          processor: "M5 Pro",
          year: "2026",
          additional: ""
        },
        {
          key: "Mac17,4",
          name: "MacBook Pro",
          size: "14-inch",
          processor: "M5 Pro",
          year: "2026",
          additional: ""
        },
        {
          key: "Mac17,1",
          name: "MacBook Neo",
          size: "14-inch",
          processor: "A18 Pro",
          year: "2026",
          additional: ""
        },
        {
          key: "Mac17,3",
          name: "MacBook Pro",
          size: "16-inch",
          processor: "M5",
          year: "2025",
          additional: ""
        },
        {
          key: "Mac17,2",
          name: "MacBook Pro",
          size: "14-inch",
          processor: "M5",
          year: "2025",
          additional: ""
        },
        {
          key: "Mac16,13",
          name: "MacBook Air",
          size: "15-inch",
          processor: "M4",
          year: "2025",
          additional: ""
        },
        {
          key: "Mac16,12",
          name: "MacBook Air",
          size: "13-inch",
          processor: "M4",
          year: "2025",
          additional: ""
        },
        {
          key: "Mac15,13",
          name: "MacBook Air",
          size: "15-inch",
          processor: "M3",
          year: "2024",
          additional: ""
        },
        {
          key: "Mac15,12",
          name: "MacBook Air",
          size: "13-inch",
          processor: "M3",
          year: "2024",
          additional: ""
        },
        {
          key: "Mac14,15",
          name: "MacBook Air",
          size: "15-inch",
          processor: "M2",
          year: "2024",
          additional: ""
        },
        {
          key: "Mac14,2",
          name: "MacBook Air",
          size: "13-inch",
          processor: "M2",
          year: "2022",
          additional: ""
        },
        {
          key: "MacBookAir10,1",
          name: "MacBook Air",
          size: "13-inch",
          processor: "M1",
          year: "2020",
          additional: ""
        },
        {
          key: "MacBookAir9,1",
          name: "MacBook Air",
          size: "13-inch",
          processor: "",
          year: "2020",
          additional: ""
        },
        {
          key: "MacBookAir8,2",
          name: "MacBook Air",
          size: "13-inch",
          processor: "",
          year: "2019",
          additional: ""
        },
        {
          key: "MacBookAir8,1",
          name: "MacBook Air",
          size: "13-inch",
          processor: "",
          year: "2018",
          additional: ""
        },
        {
          key: "MacBookAir7,2",
          name: "MacBook Air",
          size: "13-inch",
          processor: "",
          year: "2017",
          additional: ""
        },
        {
          key: "MacBookAir7,2",
          name: "MacBook Air",
          size: "13-inch",
          processor: "",
          year: "Early 2015",
          additional: ""
        },
        {
          key: "MacBookAir7,1",
          name: "MacBook Air",
          size: "11-inch",
          processor: "",
          year: "Early 2015",
          additional: ""
        },
        {
          key: "MacBookAir6,2",
          name: "MacBook Air",
          size: "13-inch",
          processor: "",
          year: "Early 2014",
          additional: ""
        },
        {
          key: "MacBookAir6,1",
          name: "MacBook Air",
          size: "11-inch",
          processor: "",
          year: "Early 2014",
          additional: ""
        },
        {
          key: "MacBookAir6,2",
          name: "MacBook Air",
          size: "13-inch",
          processor: "",
          year: "Mid 2013",
          additional: ""
        },
        {
          key: "MacBookAir6,1",
          name: "MacBook Air",
          size: "11-inch",
          processor: "",
          year: "Mid 2013",
          additional: ""
        },
        {
          key: "MacBookAir5,2",
          name: "MacBook Air",
          size: "13-inch",
          processor: "",
          year: "Mid 2012",
          additional: ""
        },
        {
          key: "MacBookAir5,1",
          name: "MacBook Air",
          size: "11-inch",
          processor: "",
          year: "Mid 2012",
          additional: ""
        },
        {
          key: "MacBookAir4,2",
          name: "MacBook Air",
          size: "13-inch",
          processor: "",
          year: "Mid 2011",
          additional: ""
        },
        {
          key: "MacBookAir4,1",
          name: "MacBook Air",
          size: "11-inch",
          processor: "",
          year: "Mid 2011",
          additional: ""
        },
        {
          key: "MacBookAir3,2",
          name: "MacBook Air",
          size: "13-inch",
          processor: "",
          year: "Late 2010",
          additional: ""
        },
        {
          key: "MacBookAir3,1",
          name: "MacBook Air",
          size: "11-inch",
          processor: "",
          year: "Late 2010",
          additional: ""
        },
        {
          key: "MacBookAir2,1",
          name: "MacBook Air",
          size: "13-inch",
          processor: "",
          year: "Mid 2009",
          additional: ""
        },
        {
          key: "Mac16,1",
          name: "MacBook Pro",
          size: "14-inch",
          processor: "M4",
          year: "2024",
          additional: ""
        },
        {
          key: "Mac16,6",
          name: "MacBook Pro",
          size: "14-inch",
          processor: "M4 Pro",
          year: "2024",
          additional: ""
        },
        {
          key: "Mac16,8",
          name: "MacBook Pro",
          size: "14-inch",
          processor: "M4 Max",
          year: "2024",
          additional: ""
        },
        {
          key: "Mac16,5",
          name: "MacBook Pro",
          size: "16-inch",
          processor: "M4 Pro",
          year: "2024",
          additional: ""
        },
        {
          key: "Mac16,6",
          name: "MacBook Pro",
          size: "16-inch",
          processor: "M4 Max",
          year: "2024",
          additional: ""
        },
        {
          key: "Mac15,3",
          name: "MacBook Pro",
          size: "14-inch",
          processor: "M3",
          year: "Nov 2023",
          additional: ""
        },
        {
          key: "Mac15,6",
          name: "MacBook Pro",
          size: "14-inch",
          processor: "M3 Pro",
          year: "Nov 2023",
          additional: ""
        },
        {
          key: "Mac15,8",
          name: "MacBook Pro",
          size: "14-inch",
          processor: "M3 Pro",
          year: "Nov 2023",
          additional: ""
        },
        {
          key: "Mac15,10",
          name: "MacBook Pro",
          size: "14-inch",
          processor: "M3 Max",
          year: "Nov 2023",
          additional: ""
        },
        {
          key: "Mac15,7",
          name: "MacBook Pro",
          size: "16-inch",
          processor: "M3 Pro",
          year: "Nov 2023",
          additional: ""
        },
        {
          key: "Mac15,9",
          name: "MacBook Pro",
          size: "16-inch",
          processor: "M3 Pro",
          year: "Nov 2023",
          additional: ""
        },
        {
          key: "Mac15,11",
          name: "MacBook Pro",
          size: "16-inch",
          processor: "M3 Max",
          year: "Nov 2023",
          additional: ""
        },
        {
          key: "Mac14,5",
          name: "MacBook Pro",
          size: "14-inch",
          processor: "M2 Max",
          year: "2023",
          additional: ""
        },
        {
          key: "Mac14,9",
          name: "MacBook Pro",
          size: "14-inch",
          processor: "M2 Max",
          year: "2023",
          additional: ""
        },
        {
          key: "Mac14,6",
          name: "MacBook Pro",
          size: "16-inch",
          processor: "M2 Max",
          year: "2023",
          additional: ""
        },
        {
          key: "Mac14,10",
          name: "MacBook Pro",
          size: "16-inch",
          processor: "M2 Max",
          year: "2023",
          additional: ""
        },
        {
          key: "Mac14,7",
          name: "MacBook Pro",
          size: "13-inch",
          processor: "M2",
          year: "2022",
          additional: ""
        },
        {
          key: "MacBookPro18,3",
          name: "MacBook Pro",
          size: "14-inch",
          processor: "M1 Pro",
          year: "2021",
          additional: ""
        },
        {
          key: "MacBookPro18,4",
          name: "MacBook Pro",
          size: "14-inch",
          processor: "M1 Max",
          year: "2021",
          additional: ""
        },
        {
          key: "MacBookPro18,1",
          name: "MacBook Pro",
          size: "16-inch",
          processor: "M1 Pro",
          year: "2021",
          additional: ""
        },
        {
          key: "MacBookPro18,2",
          name: "MacBook Pro",
          size: "16-inch",
          processor: "M1 Max",
          year: "2021",
          additional: ""
        },
        {
          key: "MacBookPro17,1",
          name: "MacBook Pro",
          size: "13-inch",
          processor: "M1",
          year: "2020",
          additional: ""
        },
        {
          key: "MacBookPro16,3",
          name: "MacBook Pro",
          size: "13-inch",
          processor: "",
          year: "2020",
          additional: "Two Thunderbolt 3 ports"
        },
        {
          key: "MacBookPro16,2",
          name: "MacBook Pro",
          size: "13-inch",
          processor: "",
          year: "2020",
          additional: "Four Thunderbolt 3 ports"
        },
        {
          key: "MacBookPro16,1",
          name: "MacBook Pro",
          size: "16-inch",
          processor: "",
          year: "2019",
          additional: ""
        },
        {
          key: "MacBookPro16,4",
          name: "MacBook Pro",
          size: "16-inch",
          processor: "",
          year: "2019",
          additional: ""
        },
        {
          key: "MacBookPro15,3",
          name: "MacBook Pro",
          size: "15-inch",
          processor: "",
          year: "2019",
          additional: ""
        },
        {
          key: "MacBookPro15,2",
          name: "MacBook Pro",
          size: "13-inch",
          processor: "",
          year: "2019",
          additional: ""
        },
        {
          key: "MacBookPro15,1",
          name: "MacBook Pro",
          size: "15-inch",
          processor: "",
          year: "2019",
          additional: ""
        },
        {
          key: "MacBookPro15,4",
          name: "MacBook Pro",
          size: "13-inch",
          processor: "",
          year: "2019",
          additional: "Two Thunderbolt 3 ports"
        },
        {
          key: "MacBookPro15,1",
          name: "MacBook Pro",
          size: "15-inch",
          processor: "",
          year: "2018",
          additional: ""
        },
        {
          key: "MacBookPro15,2",
          name: "MacBook Pro",
          size: "13-inch",
          processor: "",
          year: "2018",
          additional: "Four Thunderbolt 3 ports"
        },
        {
          key: "MacBookPro14,1",
          name: "MacBook Pro",
          size: "13-inch",
          processor: "",
          year: "2017",
          additional: "Two Thunderbolt 3 ports"
        },
        {
          key: "MacBookPro14,2",
          name: "MacBook Pro",
          size: "13-inch",
          processor: "",
          year: "2017",
          additional: "Four Thunderbolt 3 ports"
        },
        {
          key: "MacBookPro14,3",
          name: "MacBook Pro",
          size: "15-inch",
          processor: "",
          year: "2017",
          additional: ""
        },
        {
          key: "MacBookPro13,1",
          name: "MacBook Pro",
          size: "13-inch",
          processor: "",
          year: "2016",
          additional: "Two Thunderbolt 3 ports"
        },
        {
          key: "MacBookPro13,2",
          name: "MacBook Pro",
          size: "13-inch",
          processor: "",
          year: "2016",
          additional: "Four Thunderbolt 3 ports"
        },
        {
          key: "MacBookPro13,3",
          name: "MacBook Pro",
          size: "15-inch",
          processor: "",
          year: "2016",
          additional: ""
        },
        {
          key: "MacBookPro11,4",
          name: "MacBook Pro",
          size: "15-inch",
          processor: "",
          year: "Mid 2015",
          additional: ""
        },
        {
          key: "MacBookPro11,5",
          name: "MacBook Pro",
          size: "15-inch",
          processor: "",
          year: "Mid 2015",
          additional: ""
        },
        {
          key: "MacBookPro12,1",
          name: "MacBook Pro",
          size: "13-inch",
          processor: "",
          year: "Early 2015",
          additional: ""
        },
        {
          key: "MacBookPro11,2",
          name: "MacBook Pro",
          size: "15-inch",
          processor: "",
          year: "Late 2013",
          additional: ""
        },
        {
          key: "MacBookPro11,3",
          name: "MacBook Pro",
          size: "15-inch",
          processor: "",
          year: "Late 2013",
          additional: ""
        },
        {
          key: "MacBookPro11,1",
          name: "MacBook Pro",
          size: "13-inch",
          processor: "",
          year: "Late 2013",
          additional: ""
        },
        {
          key: "MacBookPro10,1",
          name: "MacBook Pro",
          size: "15-inch",
          processor: "",
          year: "Mid 2012",
          additional: ""
        },
        {
          key: "MacBookPro10,2",
          name: "MacBook Pro",
          size: "13-inch",
          processor: "",
          year: "Late 2012",
          additional: ""
        },
        {
          key: "MacBookPro9,1",
          name: "MacBook Pro",
          size: "15-inch",
          processor: "",
          year: "Mid 2012",
          additional: ""
        },
        {
          key: "MacBookPro9,2",
          name: "MacBook Pro",
          size: "13-inch",
          processor: "",
          year: "Mid 2012",
          additional: ""
        },
        {
          key: "MacBookPro8,3",
          name: "MacBook Pro",
          size: "17-inch",
          processor: "",
          year: "Early 2011",
          additional: ""
        },
        {
          key: "MacBookPro8,2",
          name: "MacBook Pro",
          size: "15-inch",
          processor: "",
          year: "Early 2011",
          additional: ""
        },
        {
          key: "MacBookPro8,1",
          name: "MacBook Pro",
          size: "13-inch",
          processor: "",
          year: "Early 2011",
          additional: ""
        },
        {
          key: "MacBookPro6,1",
          name: "MacBook Pro",
          size: "17-inch",
          processor: "",
          year: "Mid 2010",
          additional: ""
        },
        {
          key: "MacBookPro6,2",
          name: "MacBook Pro",
          size: "15-inch",
          processor: "",
          year: "Mid 2010",
          additional: ""
        },
        {
          key: "MacBookPro7,1",
          name: "MacBook Pro",
          size: "13-inch",
          processor: "",
          year: "Mid 2010",
          additional: ""
        },
        {
          key: "MacBookPro5,2",
          name: "MacBook Pro",
          size: "17-inch",
          processor: "",
          year: "Early 2009",
          additional: ""
        },
        {
          key: "MacBookPro5,3",
          name: "MacBook Pro",
          size: "15-inch",
          processor: "",
          year: "Mid 2009",
          additional: ""
        },
        {
          key: "MacBookPro5,5",
          name: "MacBook Pro",
          size: "13-inch",
          processor: "",
          year: "Mid 2009",
          additional: ""
        },
        {
          key: "MacBookPro5,1",
          name: "MacBook Pro",
          size: "15-inch",
          processor: "",
          year: "Late 2008",
          additional: ""
        },
        {
          key: "MacBookPro4,1",
          name: "MacBook Pro",
          size: "15-inch",
          processor: "",
          year: "Early 2008",
          additional: ""
        },
        {
          key: "MacBook10,1",
          name: "MacBook",
          size: "12-inch",
          processor: "",
          year: "2017",
          additional: ""
        },
        {
          key: "MacBook9,1",
          name: "MacBook",
          size: "12-inch",
          processor: "",
          year: "Early 2016",
          additional: ""
        },
        {
          key: "MacBook8,1",
          name: "MacBook",
          size: "12-inch",
          processor: "",
          year: "Early 2015",
          additional: ""
        },
        {
          key: "MacBook7,1",
          name: "MacBook",
          size: "13-inch",
          processor: "",
          year: "Mid 2010",
          additional: ""
        },
        {
          key: "MacBook6,1",
          name: "MacBook",
          size: "13-inch",
          processor: "",
          year: "Late 2009",
          additional: ""
        },
        {
          key: "MacBook5,2",
          name: "MacBook",
          size: "13-inch",
          processor: "",
          year: "Early 2009",
          additional: ""
        },
        {
          key: "Mac14,13",
          name: "Mac Studio",
          size: "",
          processor: "M2 Max",
          year: "2023",
          additional: ""
        },
        {
          key: "Mac14,14",
          name: "Mac Studio",
          size: "",
          processor: "M2 Ultra",
          year: "2023",
          additional: ""
        },
        {
          key: "Mac15,14",
          name: "Mac Studio",
          size: "",
          processor: "M3 Ultra",
          year: "2025",
          additional: ""
        },
        {
          key: "Mac16,9",
          name: "Mac Studio",
          size: "",
          processor: "M4 Max",
          year: "2025",
          additional: ""
        },
        {
          key: "Mac13,1",
          name: "Mac Studio",
          size: "",
          processor: "M1 Max",
          year: "2022",
          additional: ""
        },
        {
          key: "Mac13,2",
          name: "Mac Studio",
          size: "",
          processor: "M1 Ultra",
          year: "2022",
          additional: ""
        },
        {
          key: "Mac16,11",
          name: "Mac mini",
          size: "",
          processor: "M4 Pro",
          year: "2024",
          additional: ""
        },
        {
          key: "Mac16,10",
          name: "Mac mini",
          size: "",
          processor: "M4",
          year: "2024",
          additional: ""
        },
        {
          key: "Mac14,3",
          name: "Mac mini",
          size: "",
          processor: "M2",
          year: "2023",
          additional: ""
        },
        {
          key: "Mac14,12",
          name: "Mac mini",
          size: "",
          processor: "M2 Pro",
          year: "2023",
          additional: ""
        },
        {
          key: "Macmini9,1",
          name: "Mac mini",
          size: "",
          processor: "M1",
          year: "2020",
          additional: ""
        },
        {
          key: "Macmini8,1",
          name: "Mac mini",
          size: "",
          processor: "",
          year: "Late 2018",
          additional: ""
        },
        {
          key: "Macmini7,1",
          name: "Mac mini",
          size: "",
          processor: "",
          year: "Late 2014",
          additional: ""
        },
        {
          key: "Macmini6,1",
          name: "Mac mini",
          size: "",
          processor: "",
          year: "Late 2012",
          additional: ""
        },
        {
          key: "Macmini6,2",
          name: "Mac mini",
          size: "",
          processor: "",
          year: "Late 2012",
          additional: ""
        },
        {
          key: "Macmini5,1",
          name: "Mac mini",
          size: "",
          processor: "",
          year: "Mid 2011",
          additional: ""
        },
        {
          key: "Macmini5,2",
          name: "Mac mini",
          size: "",
          processor: "",
          year: "Mid 2011",
          additional: ""
        },
        {
          key: "Macmini4,1",
          name: "Mac mini",
          size: "",
          processor: "",
          year: "Mid 2010",
          additional: ""
        },
        {
          key: "Macmini3,1",
          name: "Mac mini",
          size: "",
          processor: "",
          year: "Early 2009",
          additional: ""
        },
        {
          key: "Mac16,3",
          name: "iMac",
          size: "24-inch",
          processor: "M4",
          year: "2024",
          additional: "Four ports"
        },
        {
          key: "Mac16,2",
          name: "iMac",
          size: "24-inch",
          processor: "M4",
          year: "2024",
          additional: "Two ports"
        },
        {
          key: "Mac15,5",
          name: "iMac",
          size: "24-inch",
          processor: "M3",
          year: "2023",
          additional: "Four ports"
        },
        {
          key: "Mac15,4",
          name: "iMac",
          size: "24-inch",
          processor: "M3",
          year: "2023",
          additional: "Two ports"
        },
        {
          key: "iMac21,1",
          name: "iMac",
          size: "24-inch",
          processor: "M1",
          year: "2021",
          additional: ""
        },
        {
          key: "iMac21,2",
          name: "iMac",
          size: "24-inch",
          processor: "M1",
          year: "2021",
          additional: ""
        },
        {
          key: "iMac20,1",
          name: "iMac",
          size: "27-inch",
          processor: "",
          year: "2020",
          additional: "Retina 5K"
        },
        {
          key: "iMac20,2",
          name: "iMac",
          size: "27-inch",
          processor: "",
          year: "2020",
          additional: "Retina 5K"
        },
        {
          key: "iMac19,1",
          name: "iMac",
          size: "27-inch",
          processor: "",
          year: "2019",
          additional: "Retina 5K"
        },
        {
          key: "iMac19,2",
          name: "iMac",
          size: "21.5-inch",
          processor: "",
          year: "2019",
          additional: "Retina 4K"
        },
        {
          key: "iMacPro1,1",
          name: "iMac Pro",
          size: "",
          processor: "",
          year: "2017",
          additional: ""
        },
        {
          key: "iMac18,3",
          name: "iMac",
          size: "27-inch",
          processor: "",
          year: "2017",
          additional: "Retina 5K"
        },
        {
          key: "iMac18,2",
          name: "iMac",
          size: "21.5-inch",
          processor: "",
          year: "2017",
          additional: "Retina 4K"
        },
        {
          key: "iMac18,1",
          name: "iMac",
          size: "21.5-inch",
          processor: "",
          year: "2017",
          additional: ""
        },
        {
          key: "iMac17,1",
          name: "iMac",
          size: "27-inch",
          processor: "",
          year: "Late 2015",
          additional: "Retina 5K"
        },
        {
          key: "iMac16,2",
          name: "iMac",
          size: "21.5-inch",
          processor: "",
          year: "Late 2015",
          additional: "Retina 4K"
        },
        {
          key: "iMac16,1",
          name: "iMac",
          size: "21.5-inch",
          processor: "",
          year: "Late 2015",
          additional: ""
        },
        {
          key: "iMac15,1",
          name: "iMac",
          size: "27-inch",
          processor: "",
          year: "Late 2014",
          additional: "Retina 5K"
        },
        {
          key: "iMac14,4",
          name: "iMac",
          size: "21.5-inch",
          processor: "",
          year: "Mid 2014",
          additional: ""
        },
        {
          key: "iMac14,2",
          name: "iMac",
          size: "27-inch",
          processor: "",
          year: "Late 2013",
          additional: ""
        },
        {
          key: "iMac14,1",
          name: "iMac",
          size: "21.5-inch",
          processor: "",
          year: "Late 2013",
          additional: ""
        },
        {
          key: "iMac13,2",
          name: "iMac",
          size: "27-inch",
          processor: "",
          year: "Late 2012",
          additional: ""
        },
        {
          key: "iMac13,1",
          name: "iMac",
          size: "21.5-inch",
          processor: "",
          year: "Late 2012",
          additional: ""
        },
        {
          key: "iMac12,2",
          name: "iMac",
          size: "27-inch",
          processor: "",
          year: "Mid 2011",
          additional: ""
        },
        {
          key: "iMac12,1",
          name: "iMac",
          size: "21.5-inch",
          processor: "",
          year: "Mid 2011",
          additional: ""
        },
        {
          key: "iMac11,3",
          name: "iMac",
          size: "27-inch",
          processor: "",
          year: "Mid 2010",
          additional: ""
        },
        {
          key: "iMac11,2",
          name: "iMac",
          size: "21.5-inch",
          processor: "",
          year: "Mid 2010",
          additional: ""
        },
        {
          key: "iMac10,1",
          name: "iMac",
          size: "21.5-inch",
          processor: "",
          year: "Late 2009",
          additional: ""
        },
        {
          key: "iMac9,1",
          name: "iMac",
          size: "20-inch",
          processor: "",
          year: "Early 2009",
          additional: ""
        },
        {
          key: "Mac14,8",
          name: "Mac Pro",
          size: "",
          processor: "",
          year: "2023",
          additional: ""
        },
        {
          key: "Mac14,8",
          name: "Mac Pro",
          size: "",
          processor: "",
          year: "2023",
          additional: "Rack"
        },
        {
          key: "MacPro7,1",
          name: "Mac Pro",
          size: "",
          processor: "",
          year: "2019",
          additional: ""
        },
        {
          key: "MacPro7,1",
          name: "Mac Pro",
          size: "",
          processor: "",
          year: "2019",
          additional: "Rack"
        },
        {
          key: "MacPro6,1",
          name: "Mac Pro",
          size: "",
          processor: "",
          year: "Late 2013",
          additional: ""
        },
        {
          key: "MacPro5,1",
          name: "Mac Pro",
          size: "",
          processor: "",
          year: "Mid 2012",
          additional: ""
        },
        {
          key: "MacPro5,1",
          name: "Mac Pro Server",
          size: "",
          processor: "",
          year: "Mid 2012",
          additional: "Server"
        },
        {
          key: "MacPro5,1",
          name: "Mac Pro",
          size: "",
          processor: "",
          year: "Mid 2010",
          additional: ""
        },
        {
          key: "MacPro5,1",
          name: "Mac Pro Server",
          size: "",
          processor: "",
          year: "Mid 2010",
          additional: "Server"
        },
        {
          key: "MacPro4,1",
          name: "Mac Pro",
          size: "",
          processor: "",
          year: "Early 2009",
          additional: ""
        }
      ];
      const list = appleModelIds.filter((model) => model.key === key);
      if (list.length === 0) {
        return {
          key,
          model: "Apple",
          version: "Unknown"
        };
      }
      const features = [];
      if (list[0].size) {
        features.push(list[0].size);
      }
      if (list[0].processor) {
        features.push(list[0].processor);
      }
      if (list[0].year) {
        features.push(list[0].year);
      }
      if (list[0].additional) {
        features.push(list[0].additional);
      }
      return {
        key,
        model: list[0].name,
        version: list[0].name + " (" + features.join(", ") + ")"
      };
    }
    function checkWebsite(url, timeout = 5e3) {
      const http = url.startsWith("https:") || url.indexOf(":443/") > 0 || url.indexOf(":8443/") > 0 ? __require("https") : __require("http");
      const t = Date.now();
      return new Promise((resolve) => {
        try {
          const request = http.get(url, (res) => {
            res.on("data", () => {
            });
            res.on("end", () => {
              resolve({
                url,
                statusCode: res.statusCode,
                message: res.statusMessage,
                time: Date.now() - t
              });
            });
          }).on("error", (e) => {
            resolve({
              url,
              statusCode: 404,
              message: e.message,
              time: Date.now() - t
            });
          }).setTimeout(timeout, () => {
            request.destroy();
            resolve({
              url,
              statusCode: 408,
              message: "Request Timeout",
              time: Date.now() - t
            });
          });
        } catch (e) {
          resolve({
            url,
            statusCode: 404,
            message: e.message,
            time: Date.now() - t
          });
        }
      });
    }
    function cleanString(str) {
      return str.replace(/To Be Filled By O.E.M./g, "");
    }
    function grep(str, pattern) {
      const result = str.split("\n").filter((line) => line.includes(pattern)).join("\n");
      return result;
    }
    function noop() {
    }
    function isProtoKey(key) {
      return key === "__proto__" || key === "constructor" || key === "prototype";
    }
    exports.toInt = toInt;
    exports.splitByNumber = splitByNumber;
    exports.execOptsWin = execOptsWin;
    exports.execCwd = execCwd;
    exports.execOptsLinux = execOptsLinux;
    exports.getCodepage = getCodepage;
    exports.execWin = execWin;
    exports.isFunction = isFunction;
    exports.unique = unique;
    exports.sortByKey = sortByKey;
    exports.cores = cores;
    exports.getValue = getValue;
    exports.decodeEscapeSequence = decodeEscapeSequence;
    exports.parseDateTime = parseDateTime;
    exports.parseHead = parseHead;
    exports.findObjectByKey = findObjectByKey;
    exports.darwinXcodeExists = darwinXcodeExists;
    exports.getVboxmanage = getVboxmanage;
    exports.powerShell = powerShell;
    exports.powerShellStart = powerShellStart;
    exports.powerShellRelease = powerShellRelease;
    exports.execSafe = execSafe;
    exports.nanoSeconds = nanoSeconds;
    exports.countUniqueLines = countUniqueLines;
    exports.countLines = countLines;
    exports.noop = noop;
    exports.isRaspberry = isRaspberry;
    exports.isRaspbian = isRaspbian;
    exports.sanitizeShellString = sanitizeShellString;
    exports.sanitizeContainerID = sanitizeContainerID;
    exports.sanitizeImageID = sanitizeImageID;
    exports.isPrototypePolluted = isPrototypePolluted;
    exports.sanitizeString = sanitizeString;
    exports.sanitizeDriveLetter = sanitizeDriveLetter;
    exports.decodePiCpuinfo = decodePiCpuinfo;
    exports.getRpiGpu = getRpiGpu;
    exports.promiseAll = promiseAll;
    exports.promisify = promisify;
    exports.promisifySave = promisifySave;
    exports.smartMonToolsInstalled = smartMonToolsInstalled;
    exports.linuxVersion = linuxVersion;
    exports.plistParser = plistParser;
    exports.plistReader = plistReader;
    exports.stringObj = stringObj;
    exports.stringReplace = stringReplace;
    exports.stringToLower = stringToLower;
    exports.stringToString = stringToString;
    exports.stringSubstr = stringSubstr;
    exports.stringSubstring = stringSubstring;
    exports.stringTrim = stringTrim;
    exports.stringStartWith = stringStartWith;
    exports.stringSplit = stringSplit;
    exports.mathMin = mathMin;
    exports.WINDIR = WINDIR;
    exports.getFilesInPath = getFilesInPath;
    exports.semverCompare = semverCompare;
    exports.getAppleModel = getAppleModel;
    exports.checkWebsite = checkWebsite;
    exports.cleanString = cleanString;
    exports.grep = grep;
    exports.getPowershell = getPowershell;
  }
});

// node_modules/systeminformation/lib/memory.js
var require_memory = __commonJS({
  "node_modules/systeminformation/lib/memory.js"(exports) {
    "use strict";
    var os3 = __require("os");
    var exec = __require("child_process").exec;
    var execSync = __require("child_process").execSync;
    var util = require_util();
    var fs = __require("fs");
    var _platform = process.platform;
    var _linux = _platform === "linux" || _platform === "android";
    var _darwin = _platform === "darwin";
    var _windows = _platform === "win32";
    var _freebsd = _platform === "freebsd";
    var _openbsd = _platform === "openbsd";
    var _netbsd = _platform === "netbsd";
    var _sunos = _platform === "sunos";
    var RAM_manufacturers = {
      "00CE": "Samsung Electronics Inc",
      "014F": "Transcend Information Inc.",
      "017A": "Apacer Technology Inc.",
      "0198": "HyperX",
      "029E": "Corsair",
      "02FE": "Elpida",
      "04CB": "A-DATA",
      "04CD": "G.Skill International Enterprise",
      "059B": "Crucial",
      1315: "Crucial",
      "2C00": "Micron Technology Inc.",
      5105: "Qimonda AG i. In.",
      "802C": "Micron Technology Inc.",
      "80AD": "Hynix Semiconductor Inc.",
      "80CE": "Samsung Electronics Inc.",
      8551: "Qimonda AG i. In.",
      "859B": "Crucial",
      AD00: "Hynix Semiconductor Inc.",
      CE00: "Samsung Electronics Inc.",
      SAMSUNG: "Samsung Electronics Inc.",
      HYNIX: "Hynix Semiconductor Inc.",
      "G-SKILL": "G-Skill International Enterprise",
      "G.SKILL": "G-Skill International Enterprise",
      TRANSCEND: "Transcend Information",
      APACER: "Apacer Technology Inc",
      MICRON: "Micron Technology Inc.",
      QIMONDA: "Qimonda AG i. In."
    };
    function mem(callback) {
      callback = util.isFunction(callback) ? callback : null;
      return new Promise((resolve) => {
        process.nextTick(() => {
          let result = {
            total: os3.totalmem(),
            free: os3.freemem(),
            used: os3.totalmem() - os3.freemem(),
            active: os3.totalmem() - os3.freemem(),
            // temporarily (fallback)
            available: os3.freemem(),
            // temporarily (fallback)
            buffers: 0,
            cached: 0,
            slab: 0,
            buffcache: 0,
            reclaimable: 0,
            swaptotal: 0,
            swapused: 0,
            swapfree: 0,
            writeback: null,
            dirty: null
          };
          if (_linux) {
            try {
              fs.readFile("/proc/meminfo", (error, stdout) => {
                if (!error) {
                  const lines = stdout.toString().split("\n");
                  result.total = parseInt(util.getValue(lines, "memtotal"), 10);
                  result.total = result.total ? result.total * 1024 : os3.totalmem();
                  result.free = parseInt(util.getValue(lines, "memfree"), 10);
                  result.free = result.free ? result.free * 1024 : os3.freemem();
                  result.used = result.total - result.free;
                  result.buffers = parseInt(util.getValue(lines, "buffers"), 10);
                  result.buffers = result.buffers ? result.buffers * 1024 : 0;
                  result.cached = parseInt(util.getValue(lines, "cached"), 10);
                  result.cached = result.cached ? result.cached * 1024 : 0;
                  result.slab = parseInt(util.getValue(lines, "slab"), 10);
                  result.slab = result.slab ? result.slab * 1024 : 0;
                  result.buffcache = result.buffers + result.cached + result.slab;
                  let available = parseInt(util.getValue(lines, "memavailable"), 10);
                  result.available = available ? available * 1024 : result.free + result.buffcache;
                  result.active = result.total - result.available;
                  result.swaptotal = parseInt(util.getValue(lines, "swaptotal"), 10);
                  result.swaptotal = result.swaptotal ? result.swaptotal * 1024 : 0;
                  result.swapfree = parseInt(util.getValue(lines, "swapfree"), 10);
                  result.swapfree = result.swapfree ? result.swapfree * 1024 : 0;
                  result.swapused = result.swaptotal - result.swapfree;
                  result.writeback = parseInt(util.getValue(lines, "writeback"), 10);
                  result.writeback = result.writeback ? result.writeback * 1024 : 0;
                  result.dirty = parseInt(util.getValue(lines, "dirty"), 10);
                  result.dirty = result.dirty ? result.dirty * 1024 : 0;
                  result.reclaimable = parseInt(util.getValue(lines, "sreclaimable"), 10);
                  result.reclaimable = result.reclaimable ? result.reclaimable * 1024 : 0;
                }
                if (callback) {
                  callback(result);
                }
                resolve(result);
              });
            } catch {
              if (callback) {
                callback(result);
              }
              resolve(result);
            }
          }
          if (_freebsd || _openbsd || _netbsd) {
            try {
              exec(
                "/sbin/sysctl hw.realmem hw.physmem vm.stats.vm.v_page_count vm.stats.vm.v_wire_count vm.stats.vm.v_active_count vm.stats.vm.v_inactive_count vm.stats.vm.v_cache_count vm.stats.vm.v_free_count vm.stats.vm.v_page_size",
                (error, stdout) => {
                  if (!error) {
                    const lines = stdout.toString().split("\n");
                    const pagesize = parseInt(util.getValue(lines, "vm.stats.vm.v_page_size"), 10);
                    const inactive = parseInt(util.getValue(lines, "vm.stats.vm.v_inactive_count"), 10) * pagesize;
                    const cache = parseInt(util.getValue(lines, "vm.stats.vm.v_cache_count"), 10) * pagesize;
                    result.total = parseInt(util.getValue(lines, "hw.realmem"), 10);
                    if (isNaN(result.total)) {
                      result.total = parseInt(util.getValue(lines, "hw.physmem"), 10);
                    }
                    result.free = parseInt(util.getValue(lines, "vm.stats.vm.v_free_count"), 10) * pagesize;
                    result.buffcache = inactive + cache;
                    result.available = result.buffcache + result.free;
                    result.active = result.total - result.free - result.buffcache;
                    result.swaptotal = 0;
                    result.swapfree = 0;
                    result.swapused = 0;
                  }
                  if (callback) {
                    callback(result);
                  }
                  resolve(result);
                }
              );
            } catch {
              if (callback) {
                callback(result);
              }
              resolve(result);
            }
          }
          if (_sunos) {
            if (callback) {
              callback(result);
            }
            resolve(result);
          }
          if (_darwin) {
            let pageSize = 4096;
            try {
              let sysPpageSize = util.toInt(execSync("sysctl -n vm.pagesize").toString());
              pageSize = sysPpageSize || pageSize;
            } catch {
              util.noop();
            }
            try {
              exec('vm_stat 2>/dev/null | egrep "Pages active|Pages inactive|Pages speculative|Pages wired down|Pages occupied by compressor|Pages purgeable|File-backed pages|Anonymous pages"', (error, stdout) => {
                if (!error) {
                  let lines = stdout.toString().split("\n");
                  const wired = (parseInt(util.getValue(lines, "Pages wired down"), 10) || 0) * pageSize;
                  const compressed = (parseInt(util.getValue(lines, "Pages occupied by compressor"), 10) || 0) * pageSize;
                  const purgeable = (parseInt(util.getValue(lines, "Pages purgeable"), 10) || 0) * pageSize;
                  const anonymous = (parseInt(util.getValue(lines, "Anonymous pages"), 10) || 0) * pageSize;
                  result.active = anonymous - purgeable + wired + compressed;
                  result.reclaimable = (parseInt(util.getValue(lines, "Pages inactive"), 10) || 0) * pageSize;
                  result.buffcache = result.used - result.active;
                  result.available = result.free + result.buffcache;
                }
                exec("sysctl -n vm.swapusage 2>/dev/null", (error2, stdout2) => {
                  if (!error2) {
                    let lines = stdout2.toString().split("\n");
                    if (lines.length > 0) {
                      let firstline = lines[0].replace(/,/g, ".").replace(/M/g, "");
                      let lineArray = firstline.trim().split("  ");
                      lineArray.forEach((line) => {
                        if (line.toLowerCase().indexOf("total") !== -1) {
                          result.swaptotal = parseFloat(line.split("=")[1].trim()) * 1024 * 1024;
                        }
                        if (line.toLowerCase().indexOf("used") !== -1) {
                          result.swapused = parseFloat(line.split("=")[1].trim()) * 1024 * 1024;
                        }
                        if (line.toLowerCase().indexOf("free") !== -1) {
                          result.swapfree = parseFloat(line.split("=")[1].trim()) * 1024 * 1024;
                        }
                      });
                    }
                  }
                  if (callback) {
                    callback(result);
                  }
                  resolve(result);
                });
              });
            } catch {
              if (callback) {
                callback(result);
              }
              resolve(result);
            }
          }
          if (_windows) {
            let swaptotal = 0;
            let swapused = 0;
            try {
              util.powerShell("Get-CimInstance Win32_PageFileUsage | Select AllocatedBaseSize, CurrentUsage").then((stdout, error) => {
                if (!error) {
                  let lines = stdout.split("\r\n").filter((line) => line.trim() !== "").filter((line, idx) => idx > 0);
                  lines.forEach((line) => {
                    if (line !== "") {
                      line = line.trim().split(/\s\s+/);
                      swaptotal = swaptotal + (parseInt(line[0], 10) || 0);
                      swapused = swapused + (parseInt(line[1], 10) || 0);
                    }
                  });
                }
                result.swaptotal = swaptotal * 1024 * 1024;
                result.swapused = swapused * 1024 * 1024;
                result.swapfree = result.swaptotal - result.swapused;
                if (callback) {
                  callback(result);
                }
                resolve(result);
              });
            } catch {
              if (callback) {
                callback(result);
              }
              resolve(result);
            }
          }
        });
      });
    }
    exports.mem = mem;
    function memLayout(callback) {
      callback = util.isFunction(callback) ? callback : null;
      function getManufacturer(manId) {
        const manIdSearch = manId.replace("0x", "").toUpperCase();
        if (manIdSearch.length >= 4 && {}.hasOwnProperty.call(RAM_manufacturers, manIdSearch)) {
          return RAM_manufacturers[manIdSearch];
        }
        return manId;
      }
      return new Promise((resolve) => {
        process.nextTick(() => {
          let result = [];
          if (_linux || _freebsd || _openbsd || _netbsd) {
            exec(
              'export LC_ALL=C; dmidecode -t memory 2>/dev/null | grep -iE "Size:|Type|Speed|Manufacturer|Form Factor|Locator|Memory Device|Serial Number|Voltage|Part Number"; unset LC_ALL',
              (error, stdout) => {
                if (!error) {
                  const devices = stdout.toString().split("Memory Device");
                  devices.shift();
                  devices.forEach((device) => {
                    const lines = device.split("\n");
                    const sizeString = util.getValue(lines, "Size");
                    const size = sizeString.indexOf("GB") >= 0 ? parseInt(sizeString, 10) * 1024 * 1024 * 1024 : parseInt(sizeString, 10) * 1024 * 1024;
                    let bank = util.getValue(lines, "Bank Locator");
                    if (bank.toLowerCase().indexOf("bad") >= 0) {
                      bank = "";
                    }
                    if (parseInt(util.getValue(lines, "Size"), 10) > 0) {
                      const totalWidth = util.toInt(util.getValue(lines, "Total Width"));
                      const dataWidth = util.toInt(util.getValue(lines, "Data Width"));
                      result.push({
                        size,
                        bank,
                        type: util.getValue(lines, "Type:"),
                        ecc: dataWidth && totalWidth ? totalWidth > dataWidth : false,
                        // dmidecode >= 3.1 renamed "Configured Clock Speed" to "Configured Memory Speed" - without
                        // the new label this silently fell back to Speed, the rated instead of the running speed
                        clockSpeed: util.toInt(util.getValue(lines, "Configured Memory Speed:")) || util.toInt(util.getValue(lines, "Configured Clock Speed:")) || util.toInt(util.getValue(lines, "Speed:")) || null,
                        formFactor: util.getValue(lines, "Form Factor:"),
                        manufacturer: getManufacturer(util.getValue(lines, "Manufacturer:")),
                        partNum: util.getValue(lines, "Part Number:"),
                        serialNum: util.getValue(lines, "Serial Number:"),
                        voltageConfigured: parseFloat(util.getValue(lines, "Configured Voltage:")) || null,
                        voltageMin: parseFloat(util.getValue(lines, "Minimum Voltage:")) || null,
                        voltageMax: parseFloat(util.getValue(lines, "Maximum Voltage:")) || null
                      });
                    } else {
                      result.push({
                        size: 0,
                        bank,
                        type: "Empty",
                        ecc: null,
                        clockSpeed: 0,
                        formFactor: util.getValue(lines, "Form Factor:"),
                        manufacturer: "",
                        partNum: "",
                        serialNum: "",
                        voltageConfigured: null,
                        voltageMin: null,
                        voltageMax: null
                      });
                    }
                  });
                }
                if (!result.length) {
                  result.push({
                    size: os3.totalmem(),
                    bank: "",
                    type: "",
                    ecc: null,
                    clockSpeed: 0,
                    formFactor: "",
                    partNum: "",
                    serialNum: "",
                    voltageConfigured: null,
                    voltageMin: null,
                    voltageMax: null
                  });
                  try {
                    let stdout2 = execSync("cat /proc/cpuinfo 2>/dev/null", util.execOptsLinux);
                    let lines = stdout2.toString().split("\n");
                    let version = util.getValue(lines, "revision", ":", true).toLowerCase();
                    if (util.isRaspberry(lines)) {
                      const clockSpeed = {
                        0: 400,
                        1: 450,
                        2: 450,
                        3: 3200,
                        4: 4267
                      };
                      result[0].type = "LPDDR2";
                      result[0].type = version && version[2] && version[2] === "3" ? "LPDDR4" : result[0].type;
                      result[0].type = version && version[2] && version[2] === "4" ? "LPDDR4X" : result[0].type;
                      result[0].ecc = false;
                      result[0].clockSpeed = version && version[2] && clockSpeed[version[2]] || 400;
                      result[0].clockSpeed = version && version[4] && version[4] === "d" ? 500 : result[0].clockSpeed;
                      result[0].formFactor = "SoC";
                      stdout2 = execSync("vcgencmd get_config sdram_freq 2>/dev/null", util.execOptsLinux);
                      lines = stdout2.toString().split("\n");
                      let freq = parseInt(util.getValue(lines, "sdram_freq", "=", true), 10) || 0;
                      if (freq) {
                        result[0].clockSpeed = freq;
                      }
                      stdout2 = execSync("vcgencmd measure_volts sdram_p 2>/dev/null", util.execOptsLinux);
                      lines = stdout2.toString().split("\n");
                      let voltage = parseFloat(util.getValue(lines, "volt", "=", true)) || 0;
                      if (voltage) {
                        result[0].voltageConfigured = voltage;
                        result[0].voltageMin = voltage;
                        result[0].voltageMax = voltage;
                      }
                    }
                  } catch {
                    util.noop();
                  }
                }
                if (callback) {
                  callback(result);
                }
                resolve(result);
              }
            );
          }
          if (_darwin) {
            exec("system_profiler SPMemoryDataType", (error, stdout) => {
              if (!error) {
                const allLines = stdout.toString().split("\n");
                const eccStatus = util.getValue(allLines, "ecc", ":", true).toLowerCase();
                let devices = stdout.toString().split("        BANK ");
                let hasBank = true;
                if (devices.length === 1) {
                  devices = stdout.toString().split("        DIMM");
                  hasBank = false;
                }
                devices.shift();
                devices.forEach((device) => {
                  const lines = device.split("\n");
                  const bank = (hasBank ? "BANK " : "DIMM") + lines[0].trim().split("/")[0];
                  const sizeString = util.getValue(lines, "          Size");
                  const size = parseInt(sizeString);
                  const sizeUnit = sizeString.toLowerCase().indexOf("mb") >= 0 ? 1024 * 1024 : sizeString.toLowerCase().indexOf("tb") >= 0 ? 1024 * 1024 * 1024 * 1024 : 1024 * 1024 * 1024;
                  if (size) {
                    result.push({
                      size: size * sizeUnit,
                      bank,
                      type: util.getValue(lines, "          Type:"),
                      ecc: eccStatus ? eccStatus === "enabled" : null,
                      clockSpeed: parseInt(util.getValue(lines, "          Speed:"), 10),
                      formFactor: "",
                      manufacturer: getManufacturer(util.getValue(lines, "          Manufacturer:")),
                      partNum: util.getValue(lines, "          Part Number:"),
                      serialNum: util.getValue(lines, "          Serial Number:"),
                      voltageConfigured: null,
                      voltageMin: null,
                      voltageMax: null
                    });
                  } else {
                    result.push({
                      size: 0,
                      bank,
                      type: "Empty",
                      ecc: null,
                      clockSpeed: 0,
                      formFactor: "",
                      manufacturer: "",
                      partNum: "",
                      serialNum: "",
                      voltageConfigured: null,
                      voltageMin: null,
                      voltageMax: null
                    });
                  }
                });
              }
              if (!result.length) {
                const lines = stdout.toString().split("\n");
                const size = parseInt(util.getValue(lines, "      Memory:"));
                const type = util.getValue(lines, "      Type:");
                const manufacturerId = util.getValue(lines, "      Manufacturer:");
                if (size && type) {
                  result.push({
                    size: size * 1024 * 1024 * 1024,
                    bank: "0",
                    type,
                    ecc: false,
                    clockSpeed: null,
                    formFactor: "SOC",
                    manufacturer: getManufacturer(manufacturerId),
                    partNum: "",
                    serialNum: "",
                    voltageConfigured: null,
                    voltageMin: null,
                    voltageMax: null
                  });
                }
              }
              if (callback) {
                callback(result);
              }
              resolve(result);
            });
          }
          if (_sunos) {
            if (callback) {
              callback(result);
            }
            resolve(result);
          }
          if (_windows) {
            const memoryTypes = "Unknown|Other|DRAM|Synchronous DRAM|Cache DRAM|EDO|EDRAM|VRAM|SRAM|RAM|ROM|FLASH|EEPROM|FEPROM|EPROM|CDRAM|3DRAM|SDRAM|SGRAM|RDRAM|DDR|DDR2|DDR2 FB-DIMM|Reserved|DDR3|FBD2|DDR4|LPDDR|LPDDR2|LPDDR3|LPDDR4|Logical non-volatile device|HBM|HBM2|DDR5|LPDDR5".split(
              "|"
            );
            const FormFactors = "Unknown|Other|SIP|DIP|ZIP|SOJ|Proprietary|SIMM|DIMM|TSOP|PGA|RIMM|SODIMM|SRIMM|SMD|SSMP|QFP|TQFP|SOIC|LCC|PLCC|BGA|FPBGA|LGA".split("|");
            try {
              util.powerShell(
                "Get-CimInstance Win32_PhysicalMemory | select DataWidth,TotalWidth,Capacity,BankLabel,MemoryType,SMBIOSMemoryType,ConfiguredClockSpeed,Speed,FormFactor,Manufacturer,PartNumber,SerialNumber,ConfiguredVoltage,MinVoltage,MaxVoltage,Tag | fl"
              ).then((stdout, error) => {
                if (!error) {
                  const devices = stdout.toString().split(/\n\s*\n/);
                  devices.shift();
                  devices.forEach((device) => {
                    const lines = device.split("\r\n");
                    const dataWidth = util.toInt(util.getValue(lines, "DataWidth", ":"));
                    const totalWidth = util.toInt(util.getValue(lines, "TotalWidth", ":"));
                    const size = parseInt(util.getValue(lines, "Capacity", ":"), 10) || 0;
                    const tag = util.getValue(lines, "Tag", ":");
                    const tagInt = util.splitByNumber(tag);
                    if (size) {
                      result.push({
                        size,
                        bank: util.getValue(lines, "BankLabel", ":") + (tagInt[1] ? "/" + tagInt[1] : ""),
                        // BankLabel
                        type: memoryTypes[parseInt(util.getValue(lines, "MemoryType", ":"), 10) || parseInt(util.getValue(lines, "SMBIOSMemoryType", ":"), 10) || 0],
                        ecc: dataWidth && totalWidth ? totalWidth > dataWidth : false,
                        clockSpeed: parseInt(util.getValue(lines, "ConfiguredClockSpeed", ":"), 10) || parseInt(util.getValue(lines, "Speed", ":"), 10) || 0,
                        formFactor: FormFactors[parseInt(util.getValue(lines, "FormFactor", ":"), 10) || 0],
                        manufacturer: getManufacturer(util.getValue(lines, "Manufacturer", ":")),
                        partNum: util.getValue(lines, "PartNumber", ":"),
                        serialNum: util.getValue(lines, "SerialNumber", ":"),
                        voltageConfigured: (parseInt(util.getValue(lines, "ConfiguredVoltage", ":"), 10) || 0) / 1e3,
                        voltageMin: (parseInt(util.getValue(lines, "MinVoltage", ":"), 10) || 0) / 1e3,
                        voltageMax: (parseInt(util.getValue(lines, "MaxVoltage", ":"), 10) || 0) / 1e3
                      });
                    }
                  });
                }
                if (callback) {
                  callback(result);
                }
                resolve(result);
              });
            } catch {
              if (callback) {
                callback(result);
              }
              resolve(result);
            }
          }
        });
      });
    }
    exports.memLayout = memLayout;
  }
});

// src/core/ollama.ts
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
    throw new InputError(
      `ollama-model "${input}" is not a known model: use auto or one of ${OLLAMA_MODELS.map((m) => m.name).join(", ")}`
    );
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

// src/core/profiles.ts
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
  throw new InputError(`profile "${input}" is not one of ${PROFILES.join(", ")}`);
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

// src/core/plan.ts
var ON_INSUFFICIENT = ["fail", "warn", "downgrade", "resize"];
var DOCKER_MIN_MEMORY = 6 * 1024 * 1024;
var ENGINE_OVERHEAD = 2 * GiB;
function defaultReserve(basisBytes) {
  return Math.min(8 * GiB, Math.max(1 * GiB, Math.round(basisBytes * 0.1)));
}
function plan(machine, request) {
  const reasons = [];
  const problems = [];
  const adjustments = [];
  const override = request.totalMemoryBytes !== null;
  const physicalBytes = request.totalMemoryBytes ?? machine.memory.totalBytes;
  const rawCgroup = override ? null : machine.cgroup?.memoryLimitBytes ?? null;
  const cgroupLimitBytes = rawCgroup !== null && rawCgroup < physicalBytes ? rawCgroup : null;
  const totalBytes = cgroupLimitBytes ?? physicalBytes;
  const totalSource = override ? "override" : cgroupLimitBytes !== null ? "cgroup" : "physical";
  if (totalSource === "cgroup") {
    reasons.push(
      `This job runs in a cgroup limited to ${formatSize(totalBytes)} (${machine.cgroup?.memoryLimitPath}), less than the ${formatSize(physicalBytes)} the host has: the plan uses the limit.`
    );
  } else if (totalSource === "override") {
    reasons.push(`Planned for a machine with ${formatSize(totalBytes)} (given), not for this one.`);
  }
  let availableBytes = override ? totalBytes : machine.memory.availableBytes;
  const cg = machine.cgroup;
  if (!override && cgroupLimitBytes !== null && cg?.memoryUsageBytes != null) {
    const inUse = Math.max(0, cg.memoryUsageBytes - (cg.memoryReclaimableBytes ?? 0));
    availableBytes = Math.min(availableBytes, cgroupLimitBytes - inUse);
  }
  availableBytes = clamp(availableBytes, 0, totalBytes);
  const docker = override ? null : machine.docker;
  let engineBytes = totalBytes;
  if (docker) {
    engineBytes = docker.memTotalBytes;
    if (!docker.inVm && engineBytes > totalBytes) {
      reasons.push(
        `Docker reports the host's ${formatSize(engineBytes)}, but this job may use only ${formatSize(totalBytes)}: the plan uses ${formatSize(totalBytes)}.`
      );
      engineBytes = totalBytes;
    } else if (docker.inVm) {
      reasons.push(`Docker runs in a VM (${docker.backend}) with ${formatSize(engineBytes)} of the machine's ${formatSize(totalBytes)}.`);
    }
  } else if (!override) {
    reasons.push(`No Docker engine answered${machine.dockerAbsentReason ? ` (${machine.dockerAbsentReason})` : ""}: the plan assumes it will get this machine's memory.`);
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
    reasons.push(`${formatSize(reserveBytes)} is kept for the OS and the runner (10 % of ${formatSize(basisBytes)}, between 1 and 8 GiB).`);
  }
  const usableBytes = Math.max(0, basisBytes - reserveBytes);
  if (usableBytes === 0) {
    problems.push({
      layer: "machine",
      message: `reserve-memory ${formatSize(reserveBytes)} leaves nothing of the ${formatSize(basisBytes)} this job has`,
      fix: `lower reserve-memory below ${formatSize(basisBytes)}`
    });
  }
  const containers = request.containers.map((c) => ({ ...c }));
  const fixedBytes = containers.reduce((sum, c) => sum + c.bytes, 0);
  let ollama = null;
  if (request.ollama) {
    let model;
    let choice;
    if (request.ollama.kind === "auto") {
      model = autoModel(totalBytes);
      choice = "auto";
      reasons.push(`Ollama model ${model.name} is the best whose container (${formatSize(model.dockerMemoryBytes)}) fits in 70 % of ${formatSize(totalBytes)}.`);
    } else {
      model = request.ollama.model;
      choice = "explicit";
    }
    const room = usableBytes - fixedBytes;
    if (model.dockerMemoryBytes > room && request.onInsufficient === "downgrade") {
      const smaller = largestModelWithin(room);
      if (smaller && smaller.name !== model.name) {
        adjustments.push(`Ollama model ${model.name} needs ${formatSize(model.dockerMemoryBytes)} but only ${formatSize(Math.max(0, room))} is free for it: using ${smaller.name} (${formatSize(smaller.dockerMemoryBytes)}).`);
        model = smaller;
        choice = "downgraded";
      }
    }
    ollama = { model: model.name, memoryBytes: model.dockerMemoryBytes, quality: model.quality, choice };
    containers.push({ name: "ollama", bytes: model.dockerMemoryBytes, model: model.name });
  }
  const containerBytes = containers.reduce((sum, c) => sum + c.bytes, 0);
  for (const c of containers) {
    if (c.bytes > engineBytes) {
      problems.push({
        layer: "engine",
        message: `container ${c.name} needs ${formatSize(c.bytes)} but Docker's engine has ${formatSize(engineBytes)}`,
        fix: engineFix(engine.inVm, c.bytes + ENGINE_OVERHEAD, totalBytes)
      });
    }
  }
  if (containers.length > 0 && containerBytes > usableBytes && !problems.some((p) => p.layer === "engine")) {
    problems.push({
      layer: "engine",
      message: `containers need ${formatSize(containerBytes)} together but only ${formatSize(usableBytes)} is usable (${formatSize(basisBytes)} less ${formatSize(reserveBytes)} reserve)`,
      fix: engineFix(engine.inVm, containerBytes + ENGINE_OVERHEAD, totalBytes)
    });
  }
  const roomBytes = Math.max(0, usableBytes - containerBytes);
  const profileBytes = profileMemory(request.profile, basisBytes);
  let buildBytes;
  let source;
  if (request.buildMemory === null) {
    source = "profile";
    buildBytes = Math.min(profileBytes, roomBytes);
    reasons.push(`The ${request.profile} profile gives ${formatSize(profileBytes)} of ${formatSize(basisBytes)} (seed table: 16\u2192${formatSize(profileMemory(request.profile, 16 * GiB))}, 64\u2192${formatSize(profileMemory(request.profile, 64 * GiB))}).`);
    if (roomBytes < profileBytes) {
      reasons.push(`Containers and the reserve leave ${formatSize(roomBytes)}, so the build gets that.`);
    }
    if (buildBytes < 512 * 1024 * 1024 && problems.length === 0) {
      problems.push({
        layer: "build",
        message: `only ${formatSize(buildBytes)} is left for the build once containers (${formatSize(containerBytes)}) and the reserve (${formatSize(reserveBytes)}) are taken`,
        fix: containers.length > 0 ? "give the containers less memory or use a larger runner" : "use a larger runner or a smaller reserve-memory"
      });
    }
  } else {
    if (request.buildMemory.kind === "percent") {
      source = "percent";
      buildBytes = Math.floor(availableBytes * request.buildMemory.percent / 100);
      reasons.push(`build-memory ${request.buildMemory.percent}% of the ${formatSize(availableBytes)} available now is ${formatSize(buildBytes)}.`);
    } else {
      source = "size";
      buildBytes = request.buildMemory.bytes;
      reasons.push(`build-memory ${formatSize(buildBytes)} was given.`);
    }
    if (buildBytes > roomBytes) {
      if (request.onInsufficient === "downgrade" && roomBytes >= DOCKER_MIN_MEMORY) {
        adjustments.push(`build-memory ${formatSize(buildBytes)} does not fit in the ${formatSize(roomBytes)} left: lowered to ${formatSize(roomBytes)}.`);
        buildBytes = roomBytes;
      } else {
        problems.push({
          layer: "build",
          message: `build-memory ${formatSize(buildBytes)} is more than the ${formatSize(roomBytes)} this machine can give a build (${formatSize(basisBytes)} less ${formatSize(reserveBytes)} reserve${containerBytes > 0 ? ` and ${formatSize(containerBytes)} of containers` : ""})`,
          fix: `set build-memory to at most ${formatSize(roomBytes)}, use profile ${request.profile === "maximum" ? "maximum" : "balanced"} (${formatSize(Math.min(profileBytes, roomBytes))}), or use a runner with at least ${formatSize(buildBytes + reserveBytes + containerBytes)}`
        });
      }
    }
  }
  const { cpus, cpusSource } = effectiveCpus(machine, request.cpus);
  const byMemory = Math.max(1, Math.floor(buildBytes / request.memoryPerJobBytes));
  const jobs = Math.max(1, Math.min(cpus, byMemory));
  reasons.push(
    byMemory < cpus ? `${jobs} parallel jobs: ${formatSize(buildBytes)} holds ${byMemory} at ${formatSize(request.memoryPerJobBytes)} each, fewer than the ${cpus} CPUs.` : `${jobs} parallel jobs: one per CPU (${cpus}), and ${formatSize(buildBytes)} holds ${byMemory} at ${formatSize(request.memoryPerJobBytes)} each.`
  );
  const explicitBuild = request.buildMemory === null ? 0 : buildBytes;
  const requiredEngineBytes = containerBytes + explicitBuild + ENGINE_OVERHEAD;
  return {
    profile: request.profile,
    machine: {
      totalBytes,
      totalSource,
      physicalBytes,
      cgroupLimitBytes,
      availableBytes,
      swapBytes: override ? 0 : machine.memory.swapTotalBytes,
      cpus,
      cpusSource
    },
    engine,
    reserveBytes,
    usableBytes,
    build: { bytes: Math.max(0, buildBytes), source, profileBytes },
    containers,
    ollama,
    jobs,
    memoryPerJobBytes: request.memoryPerJobBytes,
    requiredEngineBytes,
    onInsufficient: request.onInsufficient,
    status: problems.length > 0 ? "insufficient" : "ok",
    problems,
    adjustments,
    reasons
  };
}
function engineFix(inVm, neededBytes, totalBytes) {
  if (inVm) {
    return neededBytes <= totalBytes ? `give Docker's VM at least ${formatSize(neededBytes)} (docker-memory resize --memory ${Math.ceil(neededBytes / GiB)}g, or on-insufficient: resize)` : `this machine has ${formatSize(totalBytes)}, less than the ${formatSize(neededBytes)} Docker would need: use on-insufficient: downgrade or a larger machine`;
  }
  return `use a runner with more memory (at least ${formatSize(neededBytes)}), smaller container limits, or on-insufficient: downgrade`;
}
function effectiveCpus(machine, override) {
  if (override !== null) return { cpus: override, cpusSource: "override" };
  let cpus = Math.max(1, machine.cpus.logical);
  let cpusSource = "cpus";
  const quota = machine.cgroup?.cpuQuota;
  if (quota != null && Math.max(1, Math.floor(quota)) < cpus) {
    cpus = Math.max(1, Math.floor(quota));
    cpusSource = "cgroup-quota";
  }
  const cpuset = machine.cgroup?.cpusetCount;
  if (cpuset != null && cpuset > 0 && cpuset < cpus) {
    cpus = cpuset;
    cpusSource = "cpuset";
  }
  return { cpus, cpusSource };
}
function clamp(n, lo, hi) {
  return Math.min(hi, Math.max(lo, n));
}

// src/core/inputs.ts
var PLAN_DEFAULTS = {
  profile: "balanced",
  "on-insufficient": "fail",
  "memory-per-job": "2g",
  "export-env": "true",
  summary: "true"
};
var CONTAINER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
function parsePlanRequest(read) {
  const get = (name, fallback = "") => read(name).trim() || fallback;
  const buildMemoryText = get("build-memory");
  const buildMemory = buildMemoryText === "" || buildMemoryText === "auto" ? null : parseSizeOrPercent(buildMemoryText, "build-memory");
  if (buildMemory?.kind === "bytes") atLeastDockerMinimum(buildMemory.bytes, "build-memory", buildMemoryText);
  const reserveText = get("reserve-memory");
  const reserveMemoryBytes = reserveText === "" || reserveText === "auto" ? null : parseSize(reserveText, "reserve-memory");
  const memoryPerJobText = get("memory-per-job", PLAN_DEFAULTS["memory-per-job"]);
  const memoryPerJobBytes = parseSize(memoryPerJobText, "memory-per-job");
  if (memoryPerJobBytes < 64 * 1024 * 1024) {
    throw new InputError(`memory-per-job "${memoryPerJobText}" is below 64 MiB; no compiler job fits in that`);
  }
  const totalText = get("total-memory");
  const totalMemoryBytes = totalText === "" ? null : parseSize(totalText, "total-memory");
  if (totalMemoryBytes !== null && totalMemoryBytes < 256 * 1024 * 1024) {
    throw new InputError(`total-memory "${totalText}" is below 256 MiB; no runner is that small`);
  }
  const cpusText = get("cpus");
  let cpus = null;
  if (cpusText !== "") {
    if (!/^\d+$/.test(cpusText) || Number(cpusText) < 1 || Number(cpusText) > 4096) {
      throw new InputError(`cpus "${cpusText}" must be a whole number from 1 to 4096`);
    }
    cpus = Number(cpusText);
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
    cpus
  };
}
function parseContainers(text) {
  const containers = [];
  const entries = text.split(/[\n,]/).map((line) => line.replace(/#.*/, "").trim()).filter((line) => line !== "");
  for (const entry of entries) {
    const m = /^([^=\s]+)\s*=\s*(\S+)$/.exec(entry);
    if (!m) {
      throw new InputError(`containers line "${entry}" is not name=size (for example redis=512m)`);
    }
    const [, name, sizeText] = m;
    if (!CONTAINER_NAME.test(name)) {
      throw new InputError(`containers line "${entry}": "${name}" is not a container name (letters, digits, _ . -)`);
    }
    if (name.toLowerCase() === "ollama") {
      throw new InputError(`containers line "${entry}": the ollama container is planned from ollama-model; use that input instead`);
    }
    if (containers.some((c) => c.name === name)) {
      throw new InputError(`containers names "${name}" twice`);
    }
    const bytes = parseSize(sizeText, `containers size for ${name}`);
    atLeastDockerMinimum(bytes, `containers size for ${name}`, sizeText);
    containers.push({ name, bytes });
  }
  return containers;
}
function parseOnInsufficient(input) {
  const value = input.trim().toLowerCase();
  if (ON_INSUFFICIENT.includes(value)) return value;
  throw new InputError(`on-insufficient "${input}" is not one of ${ON_INSUFFICIENT.join(", ")}`);
}
function parseBoolean(input, name) {
  const value = input.trim().toLowerCase();
  if (["true", "yes", "1", "on"].includes(value)) return true;
  if (["false", "no", "0", "off"].includes(value)) return false;
  throw new InputError(`${name} "${input}" must be true or false`);
}
function atLeastDockerMinimum(bytes, what, text) {
  if (bytes < DOCKER_MIN_MEMORY) {
    const hint = /^\d+$/.test(text.trim()) ? ` (a bare number is bytes; did you mean ${text.trim()}g?)` : "";
    throw new InputError(`${what} "${text}" is below Docker's minimum of ${formatSize(DOCKER_MIN_MEMORY)}${hint}`);
  }
}

// src/core/resize/target.ts
var DEFAULT_CEILING_PERCENT = 70;
var MEMTOTAL_TOLERANCE = 0.1;
function vmCeiling(physicalBytes, reserveBytes, percent = DEFAULT_CEILING_PERCENT) {
  return Math.min(Math.floor(physicalBytes * percent / 100), physicalBytes - reserveBytes);
}
function resizeTarget(request) {
  const percent = request.ceilingPercent ?? DEFAULT_CEILING_PERCENT;
  const byPercent = Math.floor(request.physicalBytes * percent / 100);
  const byReserve = request.physicalBytes - request.reserveBytes;
  const ceilingBytes = vmCeiling(request.physicalBytes, request.reserveBytes, percent);
  const step = request.unit === "GiB" ? GiB : MiB;
  const targetBytes = Math.ceil(request.requestedBytes / step) * step;
  if (targetBytes < GiB) {
    throw new InputError(`Docker's VM cannot be given ${formatSize(targetBytes)}: 1 GiB is the least it boots with`);
  }
  if (targetBytes > ceilingBytes) {
    const why = byPercent <= byReserve ? `${percent} % of this machine's ${formatSize(request.physicalBytes)}` : `this machine's ${formatSize(request.physicalBytes)} less ${formatSize(request.reserveBytes)} kept for the host`;
    throw new InputError(
      `Docker's VM would need ${formatSize(targetBytes)}, above the ceiling of ${formatSize(ceilingBytes)} (${why}); use a smaller model or container limits, or a machine with at least ${formatSize(Math.ceil(targetBytes * 100 / percent / GiB) * GiB)}`
    );
  }
  return { targetBytes, ceilingBytes };
}
function memoryMatches(memTotalBytes, targetBytes) {
  return memTotalBytes >= targetBytes * (1 - MEMTOTAL_TOLERANCE) && memTotalBytes <= targetBytes * 1.01;
}
function alreadyLargeEnough(memTotalBytes, targetBytes) {
  return memTotalBytes >= targetBytes * (1 - MEMTOTAL_TOLERANCE);
}

// src/core/resize/request.ts
function parseResizeInput(text) {
  const value = text.trim().toLowerCase();
  if (value === "" || value === "auto") return { kind: "auto" };
  if (value === "false" || value === "no") {
    throw new InputError(`resize "${text}": to never resize, leave on-insufficient at fail, warn or downgrade; resize takes auto or a size (12g)`);
  }
  return { kind: "size", bytes: parseSize(text, "resize") };
}
function resizeWanted(plan2, input) {
  if (plan2.onInsufficient !== "resize") return null;
  if (input.kind === "size") {
    if (plan2.engine.source === "docker" && plan2.engine.bytes >= input.bytes * (1 - MEMTOTAL_TOLERANCE)) return null;
    return input.bytes;
  }
  if (plan2.status === "insufficient" && plan2.onInsufficient === "resize") return plan2.requiredEngineBytes;
  return null;
}
function parseResizeTimeout(text, what) {
  const value = text.trim();
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 86400) {
    throw new InputError(`${what} "${text}" must be a whole number of seconds from 1 to 86400`);
  }
  return Number(value) * 1e3;
}

// src/probes/machine.ts
import { existsSync } from "node:fs";
import os from "node:os";

// src/core/runner.ts
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
import { readFileSync } from "node:fs";
import { join } from "node:path";

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
  const value = text.trim();
  if (value === "" || value === "max") return null;
  if (!/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= UNLIMITED ? null : n;
}
function parseCounter(text) {
  const value = text.trim();
  return /^\d+$/.test(value) ? Number(value) : null;
}
function parseCpuMax(text) {
  const [quota, period] = text.trim().split(/\s+/);
  if (quota === void 0 || quota === "max") return null;
  const q = Number(quota);
  const p = Number(period ?? "100000");
  return q > 0 && p > 0 ? q / p : null;
}
function parseCfsQuota(quotaText, periodText) {
  const q = Number(quotaText.trim());
  const p = Number(periodText.trim());
  return q > 0 && p > 0 ? q / p : null;
}
function parseCpusetCount(text) {
  const value = text.trim();
  if (value === "") return null;
  let count = 0;
  for (const part of value.split(",")) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) return null;
    count += m[2] === void 0 ? 1 : Number(m[2]) - Number(m[1]) + 1;
  }
  return count > 0 ? count : null;
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
      return readFileSync(join(root, path), "utf8");
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
  const memory2 = findMount(mounts, entries, "memory", v2Controllers);
  if (!memory2) return null;
  const v2 = memory2.version === 2;
  const memDirs = cgroupDirs(memory2.mount, memory2.path);
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
      const count = parseCpusetCount(read(`${dir}/${file}`) ?? "");
      if (count !== null) {
        cpusetCount = count;
        break;
      }
    }
  }
  return {
    version: memory2.version,
    path: memory2.path,
    memoryLimitBytes,
    memoryLimitPath,
    memoryUsageBytes,
    memoryReclaimableBytes,
    cpuQuota,
    cpusetCount
  };
}

// src/probes/docker.ts
import { execFile } from "node:child_process";

// src/core/docker-info.ts
var BACKENDS = [
  { backend: "docker-desktop", inVm: true, matches: (i) => /Docker Desktop/i.test(i.OperatingSystem ?? "") },
  { backend: "colima", inVm: true, matches: (i) => /^colima/i.test(i.Name ?? "") },
  { backend: "rancher-desktop", inVm: true, matches: (i) => /Rancher Desktop/i.test(i.OperatingSystem ?? "") || /^lima-rancher-desktop/.test(i.Name ?? "") },
  { backend: "orbstack", inVm: true, matches: (i) => /OrbStack/i.test(i.OperatingSystem ?? "") },
  { backend: "podman", inVm: false, matches: (i) => /podman/i.test(i.ServerVersion ?? "") || /podman/i.test(i.OperatingSystem ?? "") }
];
var DockerInfoError = class extends Error {
};
function parseDockerInfo(json) {
  let info;
  try {
    info = JSON.parse(json);
  } catch {
    throw new DockerInfoError("docker info did not print JSON");
  }
  if (typeof info !== "object" || info === null || typeof info.MemTotal !== "number") {
    throw new DockerInfoError("docker info has no MemTotal");
  }
  const row = BACKENDS.find((b) => b.matches(info));
  const buildx = info.ClientInfo?.Plugins?.find((p) => p.Name === "buildx");
  return {
    serverVersion: info.ServerVersion ?? "unknown",
    memTotalBytes: info.MemTotal,
    ncpu: info.NCPU ?? 0,
    osType: info.OSType ?? "linux",
    operatingSystem: info.OperatingSystem ?? "",
    architecture: info.Architecture ?? "",
    cgroupVersion: info.CgroupVersion ?? null,
    cgroupDriver: info.CgroupDriver ?? null,
    backend: row?.backend ?? "engine",
    inVm: row?.inVm ?? false,
    clientVersion: info.ClientInfo?.Version ?? null,
    buildxVersion: buildx?.Version ?? null
  };
}

// src/probes/docker.ts
function probeDocker(timeoutMs = 15e3) {
  return new Promise((resolve) => {
    execFile("docker", ["info", "--format", "{{json .}}"], { timeout: timeoutMs, windowsHide: true }, (error, stdout, stderr) => {
      if (error) {
        const code = error.code;
        if (code === "ENOENT") return resolve({ docker: null, reason: "no docker command on PATH" });
        if (error.killed) return resolve({ docker: null, reason: `docker info did not answer in ${timeoutMs / 1e3} s` });
        const firstLine = (stderr || stdout || error.message).split("\n").find((l) => l.trim() !== "") ?? "";
        return resolve({ docker: null, reason: firstLine.trim() || "docker info failed" });
      }
      try {
        resolve({ docker: parseDockerInfo(stdout) });
      } catch (e) {
        resolve({ docker: null, reason: e.message });
      }
    });
  });
}

// src/probes/memory.ts
var import_memory = __toESM(require_memory(), 1);
async function probeMemory() {
  const m = await import_memory.default.mem();
  return {
    totalBytes: m.total,
    availableBytes: m.available,
    swapTotalBytes: m.swaptotal,
    swapFreeBytes: m.swapfree
  };
}

// src/probes/machine.ts
async function detectMachine(options = {}) {
  const env = options.env ?? process.env;
  const [memory2, dockerProbe] = await Promise.all([
    probeMemory(),
    options.docker === false ? Promise.resolve(null) : probeDocker()
  ]);
  const cgroup = process.platform === "linux" ? probeCgroup(options.root ?? "/") : null;
  const runner = detectRunner(env, {
    dockerenv: existsSync("/.dockerenv"),
    containerenv: existsSync("/run/.containerenv"),
    cgroupPath: cgroup?.path ?? null
  });
  return {
    os: { platform: process.platform, arch: process.arch, release: os.release() },
    memory: memory2,
    cpus: { logical: os.availableParallelism() },
    cgroup,
    docker: dockerProbe?.docker ?? null,
    dockerAbsentReason: dockerProbe && dockerProbe.docker === null ? dockerProbe.reason : options.docker === false ? "not asked" : void 0,
    runner
  };
}

// src/core/resize/backend.ts
import { join as join2 } from "node:path";
var RESIZE_BACKENDS = ["desktop", "colima", "wsl"];
var RESIZE_PLATFORMS = ["darwin", "win32", "linux"];
function resizePaths(d) {
  const root = d.systemRoot ?? "/";
  const settingsDir = d.platform === "win32" ? join2(d.appData ?? join2(d.home, "AppData", "Roaming"), "Docker") : join2(d.home, "Library", "Group Containers", "group.com.docker");
  const colimaProfile = d.colimaProfile && d.colimaProfile !== "" ? d.colimaProfile : "default";
  return {
    desktopStore: join2(settingsDir, "settings-store.json"),
    desktopLegacy: join2(settingsDir, "settings.json"),
    desktopAdmin: d.platform === "win32" ? join2(d.programData ?? join2(root, "ProgramData"), "DockerDesktop", "admin-settings.json") : join2(root, "Library", "Application Support", "com.docker.docker", "admin-settings.json"),
    desktopExe: join2(d.programFiles ?? join2(root, "Program Files"), "Docker", "Docker", "Docker Desktop.exe"),
    wslconfig: join2(d.userProfile ?? d.home, ".wslconfig"),
    colimaConfig: join2(d.colimaHome ?? join2(d.home, ".colima"), colimaProfile, "colima.yaml"),
    colimaProfile
  };
}
function chooseBackend(e) {
  const allowed = { desktop: ["darwin", "win32"], colima: ["darwin", "linux"], wsl: ["win32"] };
  if (e.requested) {
    if (!allowed[e.requested].includes(e.platform)) {
      throw new InputError(`--backend ${e.requested} does not run on ${e.platform}; it runs on ${allowed[e.requested].join(" and ")}`);
    }
    return { backend: e.requested, why: `asked for ${e.requested}` };
  }
  const desktop = e.docker?.backend === "docker-desktop" || e.docker === null && e.desktopSettingsExist;
  if (e.docker?.backend === "colima" || e.docker === null && e.colimaConfigExists && !e.desktopSettingsExist) {
    if (e.platform === "win32") return { backend: null, why: "Colima does not run on Windows" };
    return { backend: "colima", why: e.docker ? "docker info names a Colima VM" : "a Colima config exists and no engine answered" };
  }
  if (desktop && e.platform === "win32") {
    return e.wslEngineEnabled === false ? { backend: "desktop", why: "Docker Desktop uses its Hyper-V VM (wslEngineEnabled is false)" } : { backend: "wsl", why: "Docker Desktop on Windows runs its engine in WSL 2, sized by .wslconfig" };
  }
  if (desktop && e.platform === "darwin") return { backend: "desktop", why: "docker info names Docker Desktop" };
  if (e.docker && !e.docker.inVm) {
    return {
      backend: null,
      why: `Docker runs natively on this ${e.platform === "linux" ? "Linux " : ""}machine (${e.docker.operatingSystem || e.docker.backend}): its containers use the host's memory directly and there is no VM to resize; use a runner with more memory or smaller limits`
    };
  }
  if (e.docker) return { backend: null, why: `Docker runs in ${e.docker.backend}, which docker-memory cannot resize; change its memory in its own settings` };
  return { backend: null, why: `no Docker engine answered and no Docker Desktop or Colima settings were found on ${e.platform}` };
}
function backendUnit(backend) {
  return backend === "colima" ? "GiB" : "MiB";
}
var COMMANDS = {
  desktopStop: ["docker", "desktop", "stop"],
  desktopStart: ["docker", "desktop", "start"],
  osascriptQuit: ["osascript", "-e", 'quit app "Docker"'],
  openDocker: ["open", "-a", "Docker"],
  appPid: ["lsappinfo", "info", "-only", "pid", "-app", "com.docker.docker"],
  wslShutdown: ["wsl", "--shutdown"],
  dockerInfo: ["docker", "info", "--format", "{{json .}}"]
};
function colimaStop(profile) {
  return ["colima", "stop", ...profile === "default" ? [] : ["--profile", profile]];
}
function colimaStart(profile, memoryGiB, cpus, diskGiB) {
  return [
    "colima",
    "start",
    ...profile === "default" ? [] : ["--profile", profile],
    "--memory",
    String(memoryGiB),
    ...cpus !== null ? ["--cpus", String(cpus)] : [],
    ...diskGiB !== null ? ["--disk", String(diskGiB)] : []
  ];
}
function parseAppPid(stdout) {
  const m = /"pid"\s*=\s*(\d+)/.exec(stdout);
  return m ? Number(m[1]) : null;
}
function colimaAlreadyRunning(output) {
  return /already running, ignoring/i.test(output);
}
function platformOf(runnerOs, processPlatform) {
  const byRunner = { macos: "darwin", windows: "win32", linux: "linux" };
  const fromRunner = runnerOs ? byRunner[runnerOs.toLowerCase()] : void 0;
  if (fromRunner) return fromRunner;
  return RESIZE_PLATFORMS.includes(processPlatform) ? processPlatform : "linux";
}

// src/resize/locate.ts
import os2 from "node:os";

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};
var supportedEols = ["\n", "\r", "\r\n"];

// node_modules/jsonc-parser/lib/esm/impl/format.js
function format(documentText, range, options) {
  let initialIndentLevel;
  let formatText;
  let formatTextStart;
  let rangeStart;
  let rangeEnd;
  if (range) {
    rangeStart = range.offset;
    rangeEnd = rangeStart + range.length;
    formatTextStart = rangeStart;
    while (formatTextStart > 0 && !isEOL(documentText, formatTextStart - 1)) {
      formatTextStart--;
    }
    let endOffset = rangeEnd;
    while (endOffset < documentText.length && !isEOL(documentText, endOffset)) {
      endOffset++;
    }
    formatText = documentText.substring(formatTextStart, endOffset);
    initialIndentLevel = computeIndentLevel(formatText, options);
  } else {
    formatText = documentText;
    initialIndentLevel = 0;
    formatTextStart = 0;
    rangeStart = 0;
    rangeEnd = documentText.length;
  }
  const eol = getEOL(options, documentText);
  const eolFastPathSupported = supportedEols.includes(eol);
  let numberLineBreaks = 0;
  let indentLevel = 0;
  let indentValue;
  if (options.insertSpaces) {
    indentValue = cachedSpaces[options.tabSize || 4] ?? repeat(cachedSpaces[1], options.tabSize || 4);
  } else {
    indentValue = "	";
  }
  const indentType = indentValue === "	" ? "	" : " ";
  let scanner = createScanner(formatText, false);
  let hasError = false;
  function newLinesAndIndent() {
    if (numberLineBreaks > 1) {
      return repeat(eol, numberLineBreaks) + repeat(indentValue, initialIndentLevel + indentLevel);
    }
    const amountOfSpaces = indentValue.length * (initialIndentLevel + indentLevel);
    if (!eolFastPathSupported || amountOfSpaces > cachedBreakLinesWithSpaces[indentType][eol].length) {
      return eol + repeat(indentValue, initialIndentLevel + indentLevel);
    }
    if (amountOfSpaces <= 0) {
      return eol;
    }
    return cachedBreakLinesWithSpaces[indentType][eol][amountOfSpaces];
  }
  function scanNext() {
    let token = scanner.scan();
    numberLineBreaks = 0;
    while (token === 15 || token === 14) {
      if (token === 14 && options.keepLines) {
        numberLineBreaks += 1;
      } else if (token === 14) {
        numberLineBreaks = 1;
      }
      token = scanner.scan();
    }
    hasError = token === 16 || scanner.getTokenError() !== 0;
    return token;
  }
  const editOperations = [];
  function addEdit(text, startOffset, endOffset) {
    if (!hasError && (!range || startOffset < rangeEnd && endOffset > rangeStart) && documentText.substring(startOffset, endOffset) !== text) {
      editOperations.push({ offset: startOffset, length: endOffset - startOffset, content: text });
    }
  }
  let firstToken = scanNext();
  if (options.keepLines && numberLineBreaks > 0) {
    addEdit(repeat(eol, numberLineBreaks), 0, 0);
  }
  if (firstToken !== 17) {
    let firstTokenStart = scanner.getTokenOffset() + formatTextStart;
    let initialIndent = indentValue.length * initialIndentLevel < 20 && options.insertSpaces ? cachedSpaces[indentValue.length * initialIndentLevel] : repeat(indentValue, initialIndentLevel);
    addEdit(initialIndent, formatTextStart, firstTokenStart);
  }
  while (firstToken !== 17) {
    let firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
    let secondToken = scanNext();
    let replaceContent = "";
    let needsLineBreak = false;
    while (numberLineBreaks === 0 && (secondToken === 12 || secondToken === 13)) {
      let commentTokenStart = scanner.getTokenOffset() + formatTextStart;
      addEdit(cachedSpaces[1], firstTokenEnd, commentTokenStart);
      firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
      needsLineBreak = secondToken === 12;
      replaceContent = needsLineBreak ? newLinesAndIndent() : "";
      secondToken = scanNext();
    }
    if (secondToken === 2) {
      if (firstToken !== 1) {
        indentLevel--;
      }
      ;
      if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 1) {
        replaceContent = newLinesAndIndent();
      } else if (options.keepLines) {
        replaceContent = cachedSpaces[1];
      }
    } else if (secondToken === 4) {
      if (firstToken !== 3) {
        indentLevel--;
      }
      ;
      if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 3) {
        replaceContent = newLinesAndIndent();
      } else if (options.keepLines) {
        replaceContent = cachedSpaces[1];
      }
    } else {
      switch (firstToken) {
        case 3:
        case 1:
          indentLevel++;
          if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
            replaceContent = newLinesAndIndent();
          } else {
            replaceContent = cachedSpaces[1];
          }
          break;
        case 5:
          if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
            replaceContent = newLinesAndIndent();
          } else {
            replaceContent = cachedSpaces[1];
          }
          break;
        case 12:
          replaceContent = newLinesAndIndent();
          break;
        case 13:
          if (numberLineBreaks > 0) {
            replaceContent = newLinesAndIndent();
          } else if (!needsLineBreak) {
            replaceContent = cachedSpaces[1];
          }
          break;
        case 6:
          if (options.keepLines && numberLineBreaks > 0) {
            replaceContent = newLinesAndIndent();
          } else if (!needsLineBreak) {
            replaceContent = cachedSpaces[1];
          }
          break;
        case 10:
          if (options.keepLines && numberLineBreaks > 0) {
            replaceContent = newLinesAndIndent();
          } else if (secondToken === 6 && !needsLineBreak) {
            replaceContent = "";
          }
          break;
        case 7:
        case 8:
        case 9:
        case 11:
        case 2:
        case 4:
          if (options.keepLines && numberLineBreaks > 0) {
            replaceContent = newLinesAndIndent();
          } else {
            if ((secondToken === 12 || secondToken === 13) && !needsLineBreak) {
              replaceContent = cachedSpaces[1];
            } else if (secondToken !== 5 && secondToken !== 17) {
              hasError = true;
            }
          }
          break;
        case 16:
          hasError = true;
          break;
      }
      if (numberLineBreaks > 0 && (secondToken === 12 || secondToken === 13)) {
        replaceContent = newLinesAndIndent();
      }
    }
    if (secondToken === 17) {
      if (options.keepLines && numberLineBreaks > 0) {
        replaceContent = newLinesAndIndent();
      } else {
        replaceContent = options.insertFinalNewline ? eol : "";
      }
    }
    const secondTokenStart = scanner.getTokenOffset() + formatTextStart;
    addEdit(replaceContent, firstTokenEnd, secondTokenStart);
    firstToken = secondToken;
  }
  return editOperations;
}
function repeat(s, count) {
  let result = "";
  for (let i = 0; i < count; i++) {
    result += s;
  }
  return result;
}
function computeIndentLevel(content, options) {
  let i = 0;
  let nChars = 0;
  const tabSize = options.tabSize || 4;
  while (i < content.length) {
    let ch = content.charAt(i);
    if (ch === cachedSpaces[1]) {
      nChars++;
    } else if (ch === "	") {
      nChars += tabSize;
    } else {
      break;
    }
    i++;
  }
  return Math.floor(nChars / tabSize);
}
function getEOL(options, text) {
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === "\r") {
      if (i + 1 < text.length && text.charAt(i + 1) === "\n") {
        return "\r\n";
      }
      return "\r";
    } else if (ch === "\n") {
      return "\n";
    }
  }
  return options && options.eol || "\n";
}
function isEOL(text, offset) {
  return "\r\n".indexOf(text.charAt(offset)) !== -1;
}

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parse(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentProperty = null;
  let currentParent = [];
  const previousParents = [];
  function onValue(value) {
    if (Array.isArray(currentParent)) {
      currentParent.push(value);
    } else if (currentProperty !== null) {
      currentParent[currentProperty] = value;
    }
  }
  const visitor = {
    onObjectBegin: () => {
      const object = {};
      onValue(object);
      previousParents.push(currentParent);
      currentParent = object;
      currentProperty = null;
    },
    onObjectProperty: (name) => {
      currentProperty = name;
    },
    onObjectEnd: () => {
      currentParent = previousParents.pop();
    },
    onArrayBegin: () => {
      const array = [];
      onValue(array);
      previousParents.push(currentParent);
      currentParent = array;
      currentProperty = null;
    },
    onArrayEnd: () => {
      currentParent = previousParents.pop();
    },
    onLiteralValue: onValue,
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  return currentParent[0];
}
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep, offset, length) => {
      if (currentParent.type === "property") {
        if (sep === ":") {
          currentParent.colonOffset = offset;
        } else if (sep === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function findNodeAtLocation(root, path) {
  if (!root) {
    return void 0;
  }
  let node = root;
  for (let segment of path) {
    if (typeof segment === "string") {
      if (node.type !== "object" || !Array.isArray(node.children)) {
        return void 0;
      }
      let found = false;
      for (const propertyNode of node.children) {
        if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
          node = propertyNode.children[1];
          found = true;
          break;
        }
      }
      if (!found) {
        return void 0;
      }
    } else {
      const index = segment;
      if (node.type !== "array" || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
        return void 0;
      }
      node = node.children[index];
    }
  }
  return node;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/impl/edit.js
function setProperty(text, originalPath, value, options) {
  const path = originalPath.slice();
  const errors = [];
  const root = parseTree(text, errors);
  let parent = void 0;
  let lastSegment = void 0;
  while (path.length > 0) {
    lastSegment = path.pop();
    parent = findNodeAtLocation(root, path);
    if (parent === void 0 && value !== void 0) {
      if (typeof lastSegment === "string") {
        value = { [lastSegment]: value };
      } else {
        value = [value];
      }
    } else {
      break;
    }
  }
  if (!parent) {
    if (value === void 0) {
      throw new Error("Can not delete in empty document");
    }
    return withFormatting(text, { offset: root ? root.offset : 0, length: root ? root.length : 0, content: JSON.stringify(value) }, options);
  } else if (parent.type === "object" && typeof lastSegment === "string" && Array.isArray(parent.children)) {
    const existing = findNodeAtLocation(parent, [lastSegment]);
    if (existing !== void 0) {
      if (value === void 0) {
        if (!existing.parent) {
          throw new Error("Malformed AST");
        }
        const propertyIndex = parent.children.indexOf(existing.parent);
        let removeBegin;
        let removeEnd = existing.parent.offset + existing.parent.length;
        if (propertyIndex > 0) {
          let previous = parent.children[propertyIndex - 1];
          removeBegin = previous.offset + previous.length;
        } else {
          removeBegin = parent.offset + 1;
          if (parent.children.length > 1) {
            let next = parent.children[1];
            removeEnd = next.offset;
          }
        }
        return withFormatting(text, { offset: removeBegin, length: removeEnd - removeBegin, content: "" }, options);
      } else {
        return withFormatting(text, { offset: existing.offset, length: existing.length, content: JSON.stringify(value) }, options);
      }
    } else {
      if (value === void 0) {
        return [];
      }
      const newProperty = `${JSON.stringify(lastSegment)}: ${JSON.stringify(value)}`;
      const index = options.getInsertionIndex ? options.getInsertionIndex(parent.children.map((p) => p.children[0].value)) : parent.children.length;
      let edit;
      if (index > 0) {
        let previous = parent.children[index - 1];
        edit = { offset: previous.offset + previous.length, length: 0, content: "," + newProperty };
      } else if (parent.children.length === 0) {
        edit = { offset: parent.offset + 1, length: 0, content: newProperty };
      } else {
        edit = { offset: parent.offset + 1, length: 0, content: newProperty + "," };
      }
      return withFormatting(text, edit, options);
    }
  } else if (parent.type === "array" && typeof lastSegment === "number" && Array.isArray(parent.children)) {
    const insertIndex = lastSegment;
    if (insertIndex === -1) {
      const newProperty = `${JSON.stringify(value)}`;
      let edit;
      if (parent.children.length === 0) {
        edit = { offset: parent.offset + 1, length: 0, content: newProperty };
      } else {
        const previous = parent.children[parent.children.length - 1];
        edit = { offset: previous.offset + previous.length, length: 0, content: "," + newProperty };
      }
      return withFormatting(text, edit, options);
    } else if (value === void 0 && parent.children.length >= 0) {
      const removalIndex = lastSegment;
      const toRemove = parent.children[removalIndex];
      let edit;
      if (parent.children.length === 1) {
        edit = { offset: parent.offset + 1, length: parent.length - 2, content: "" };
      } else if (parent.children.length - 1 === removalIndex) {
        let previous = parent.children[removalIndex - 1];
        let offset = previous.offset + previous.length;
        let parentEndOffset = parent.offset + parent.length;
        edit = { offset, length: parentEndOffset - 2 - offset, content: "" };
      } else {
        edit = { offset: toRemove.offset, length: parent.children[removalIndex + 1].offset - toRemove.offset, content: "" };
      }
      return withFormatting(text, edit, options);
    } else if (value !== void 0) {
      let edit;
      const newProperty = `${JSON.stringify(value)}`;
      if (!options.isArrayInsertion && parent.children.length > lastSegment) {
        const toModify = parent.children[lastSegment];
        edit = { offset: toModify.offset, length: toModify.length, content: newProperty };
      } else if (parent.children.length === 0 || lastSegment === 0) {
        edit = { offset: parent.offset + 1, length: 0, content: parent.children.length === 0 ? newProperty : newProperty + "," };
      } else {
        const index = lastSegment > parent.children.length ? parent.children.length : lastSegment;
        const previous = parent.children[index - 1];
        edit = { offset: previous.offset + previous.length, length: 0, content: "," + newProperty };
      }
      return withFormatting(text, edit, options);
    } else {
      throw new Error(`Can not ${value === void 0 ? "remove" : options.isArrayInsertion ? "insert" : "modify"} Array index ${insertIndex} as length is not sufficient`);
    }
  } else {
    throw new Error(`Can not add ${typeof lastSegment !== "number" ? "index" : "property"} to parent of type ${parent.type}`);
  }
}
function withFormatting(text, edit, options) {
  if (!options.formattingOptions) {
    return [edit];
  }
  let newText = applyEdit(text, edit);
  let begin = edit.offset;
  let end = edit.offset + edit.content.length;
  if (edit.length === 0 || edit.content.length === 0) {
    while (begin > 0 && !isEOL(newText, begin - 1)) {
      begin--;
    }
    while (end < newText.length && !isEOL(newText, end)) {
      end++;
    }
  }
  const edits = format(newText, { offset: begin, length: end - begin }, { ...options.formattingOptions, keepLines: false });
  for (let i = edits.length - 1; i >= 0; i--) {
    const edit2 = edits[i];
    newText = applyEdit(newText, edit2);
    begin = Math.min(begin, edit2.offset);
    end = Math.max(end, edit2.offset + edit2.length);
    end += edit2.content.length - edit2.length;
  }
  const editLength = text.length - (newText.length - end) - begin;
  return [{ offset: begin, length: editLength, content: newText.substring(begin, end) }];
}
function applyEdit(text, edit) {
  return text.substring(0, edit.offset) + edit.content + text.substring(edit.offset + edit.length);
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parse2 = parse;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}
function modify(text, path, value, options) {
  return setProperty(text, path, value, options);
}
function applyEdits(text, edits) {
  let sortedEdits = edits.slice(0).sort((a, b) => {
    const diff = a.offset - b.offset;
    if (diff === 0) {
      return a.length - b.length;
    }
    return diff;
  });
  let lastModifiedOffset = text.length;
  for (let i = sortedEdits.length - 1; i >= 0; i--) {
    let e = sortedEdits[i];
    if (e.offset + e.length <= lastModifiedOffset) {
      text = applyEdit(text, e);
    } else {
      throw new Error("Overlapping edit");
    }
    lastModifiedOffset = e.offset;
  }
  return text;
}

// src/core/resize/desktop-settings.ts
var MEMORY_KEY = { store: "MemoryMiB", legacy: "memoryMiB" };
var WSL_KEY = { store: "WslEngineEnabled", legacy: "wslEngineEnabled" };
function parseStrict(text, what) {
  const errors = [];
  const value = parse2(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0) {
    const e = errors[0];
    const line = text.slice(0, e.offset).split("\n").length;
    throw new InputError(`${what} is not valid JSON (${printParseErrorCode(e.error)} on line ${line}); it was left untouched: fix or remove it, then retry`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError(`${what} is not a JSON object; it was left untouched: fix or remove it, then retry`);
  }
  return value;
}
function parseDesktopSettings(text, format2, what) {
  const doc = parseStrict(text, what);
  const memory2 = doc[MEMORY_KEY[format2]];
  if (memory2 !== void 0 && (typeof memory2 !== "number" || !Number.isInteger(memory2) || memory2 <= 0)) {
    throw new InputError(`${what}: ${MEMORY_KEY[format2]} is ${JSON.stringify(memory2)}, not a whole number of MiB; it was left untouched`);
  }
  const wsl = doc[WSL_KEY[format2]];
  return { memoryMiB: memory2 ?? null, wslEngineEnabled: typeof wsl === "boolean" ? wsl : null };
}
function setDesktopMemory(text, format2, mib, what) {
  parseDesktopSettings(text, format2, what);
  const before = parseStrict(text, what);
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? "  ";
  const edits = modify(text, [MEMORY_KEY[format2]], mib, {
    formattingOptions: { insertSpaces: !indent.startsWith("	"), tabSize: indent.startsWith("	") ? 1 : indent.length, eol: text.includes("\r\n") ? "\r\n" : "\n" }
  });
  const after = applyEdits(text, edits);
  const check = parseStrict(after, what);
  const expected = { ...before, [MEMORY_KEY[format2]]: mib };
  if (JSON.stringify(sortKeys(check)) !== JSON.stringify(sortKeys(expected))) {
    throw new InputError(`${what}: editing ${MEMORY_KEY[format2]} would change other settings; it was left untouched`);
  }
  return after;
}
function sortKeys(doc) {
  return Object.keys(doc).sort().map((k) => [k, JSON.stringify(doc[k])]);
}
function memoryLock(adminText, what) {
  const found = [];
  const walk = (node) => {
    if (typeof node !== "object" || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (/mem/i.test(key) && typeof value === "object" && value !== null && value.locked === true) found.push(key);
      walk(value);
    }
  };
  walk(parseStrict(adminText, what));
  return found[0] ?? null;
}

// src/resize/settings-file.ts
import { closeSync, fsyncSync, openSync, readFileSync as readFileSync2, renameSync, rmSync, statSync, writeSync } from "node:fs";
function readSettings(path) {
  try {
    return readFileSync2(path, "utf8");
  } catch (e) {
    if (e.code === "ENOENT") return null;
    throw e;
  }
}
function tempPathOf(path) {
  return `${path}.docker-memory.tmp`;
}
function checkWritable(path) {
  const tmp = tempPathOf(path);
  const fd = openSync(tmp, "w");
  closeSync(fd);
  rmSync(tmp);
}
function writeAtomically(path, text) {
  const tmp = tempPathOf(path);
  let mode;
  try {
    mode = statSync(path).mode & 4095;
  } catch {
    mode = void 0;
  }
  let fd = null;
  try {
    fd = openSync(tmp, "w", mode);
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(tmp, path);
  } catch (e) {
    if (fd !== null) closeSync(fd);
    try {
      if (statSync(tmp).isFile()) rmSync(tmp);
    } catch {
    }
    throw e;
  }
}
function backupPathOf(path, at) {
  return `${path}.docker-memory-backup-${at.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z")}`;
}
function writeBackup(path, text, at) {
  const backup = backupPathOf(path, at);
  writeAtomically(backup, text);
  return backup;
}
function restoreSettings(path, original) {
  if (original === null) rmSync(path, { force: true });
  else writeAtomically(path, original);
}

// src/resize/locate.ts
function locateBackend(platform, requested, docker, env) {
  const paths = resizePaths({
    platform,
    home: env.HOME || env.USERPROFILE || os2.homedir(),
    appData: env.APPDATA,
    programData: env.ProgramData ?? env.PROGRAMDATA,
    programFiles: env.ProgramFiles ?? env.PROGRAMFILES,
    userProfile: env.USERPROFILE,
    colimaHome: env.COLIMA_HOME,
    colimaProfile: env.COLIMA_PROFILE
  });
  const store = readSettings(paths.desktopStore);
  const legacy = readSettings(paths.desktopLegacy);
  let wslEngineEnabled = null;
  try {
    if (store !== null) wslEngineEnabled = parseDesktopSettings(store, "store", paths.desktopStore).wslEngineEnabled;
    else if (legacy !== null) wslEngineEnabled = parseDesktopSettings(legacy, "legacy", paths.desktopLegacy).wslEngineEnabled;
  } catch {
    wslEngineEnabled = null;
  }
  const choice = chooseBackend({
    platform,
    requested,
    docker,
    desktopSettingsExist: store !== null || legacy !== null,
    colimaConfigExists: readSettings(paths.colimaConfig) !== null,
    wslEngineEnabled
  });
  return { choice, paths };
}

// src/core/resize/colima-config.ts
var TOP_KEY = /^([A-Za-z][\w-]*):(.*)$/;
var NUMBER_VALUE = /^(\s*)(\d+(?:\.\d+)?)(\s*(?:#.*)?)$/;
function topLevel(text, what) {
  const keys = /* @__PURE__ */ new Map();
  text.split("\n").forEach((raw, line) => {
    const l = raw.replace(/\r$/, "");
    if (l.trim() === "" || /^\s*#/.test(l) || /^[\s-]/.test(l) || l === "---") return;
    const m = TOP_KEY.exec(l);
    if (!m) throw new InputError(`${what} line ${line + 1} is not YAML Colima writes ("${l.slice(0, 40)}"); it was left untouched`);
    keys.set(m[1], [...keys.get(m[1]) ?? [], { line, rest: m[2] }]);
  });
  return keys;
}
function numberOf(keys, key, what) {
  const entries = keys.get(key);
  if (!entries) return null;
  if (entries.length > 1) throw new InputError(`${what} sets ${key}: twice; it was left untouched`);
  const m = NUMBER_VALUE.exec(entries[0].rest.replace(/\r$/, ""));
  if (!m) throw new InputError(`${what}: ${key}:${entries[0].rest} is not a number; it was left untouched`);
  return Number(m[2]);
}
function parseColimaConfig(text, what) {
  const keys = topLevel(text, what);
  const memoryGiB = numberOf(keys, "memory", what);
  if (memoryGiB === null) throw new InputError(`${what} has no memory: line; it was left untouched (start Colima once so it writes its config)`);
  return { memoryGiB, cpus: numberOf(keys, "cpus", what), diskGiB: numberOf(keys, "disk", what) };
}
function setColimaMemory(text, gib, what) {
  parseColimaConfig(text, what);
  const line = topLevel(text, what).get("memory")[0].line;
  const lines = text.split("\n");
  lines[line] = lines[line].replace(/^(memory:\s*)\d+(?:\.\d+)?/, `$1${gib}`);
  return lines.join("\n");
}

// src/core/resize/wslconfig.ts
var SECTION = /^\s*\[([^\]]+)\]\s*(?:[#;].*)?$/;
var KEY = /^(\s*)([A-Za-z][\w.]*)(\s*=\s*)(.*?)(\s*(?:[#;].*)?)$/;
function locate(text, what) {
  let current = null;
  const found = { section: null, memory: null, memoryBytes: null };
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "" || /^\s*[#;]/.test(line)) return;
    const s = SECTION.exec(line);
    if (s) {
      current = s[1].trim().toLowerCase();
      if (current === "wsl2") {
        if (found.section !== null) throw new InputError(`${what} has two [wsl2] sections; it was left untouched`);
        found.section = i;
      }
      return;
    }
    const k = KEY.exec(line);
    if (!k) throw new InputError(`${what} line ${i + 1} is neither a [section] nor key=value ("${line.slice(0, 40)}"); it was left untouched`);
    if (current === "wsl2" && k[2].toLowerCase() === "memory") {
      if (found.memory !== null) throw new InputError(`${what} sets memory twice in [wsl2]; it was left untouched`);
      found.memory = i;
      found.memoryBytes = parseSize(k[4], `${what} [wsl2] memory`);
    }
  });
  return found;
}
function parseWslMemory(text, what) {
  return locate(text, what).memoryBytes;
}
function wslSize(bytes) {
  return bytes % GiB === 0 ? `${bytes / GiB}GB` : `${Math.ceil(bytes / MiB)}MB`;
}
function setWslMemory(text, bytes, what) {
  const at = locate(text, what);
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split("\n");
  if (at.memory !== null) {
    const cr = lines[at.memory].endsWith("\r") ? "\r" : "";
    const k = KEY.exec(lines[at.memory].replace(/\r$/, ""));
    lines[at.memory] = `${k[1]}${k[2]}${k[3]}${wslSize(bytes)}${k[5]}${cr}`;
    return lines.join("\n");
  }
  if (at.section !== null) {
    const cr = lines[at.section].endsWith("\r") ? "\r" : "";
    lines.splice(at.section + 1, 0, `memory=${wslSize(bytes)}${cr}`);
    return lines.join("\n");
  }
  const sep = text === "" || text.endsWith("\n") ? "" : eol;
  return `${text}${sep}[wsl2]${eol}memory=${wslSize(bytes)}${eol}`;
}

// src/resize/commands.ts
import { execFile as execFile2, spawn } from "node:child_process";
function runCommand(argv, timeoutMs) {
  return new Promise((resolve) => {
    execFile2(argv[0], argv.slice(1), { timeout: timeoutMs, windowsHide: true }, (error, stdout, stderr) => {
      const err = error;
      resolve({
        code: err ? typeof err.code === "number" ? err.code : null : 0,
        stdout: String(stdout),
        stderr: String(stderr),
        missing: err?.code === "ENOENT",
        timedOut: err?.killed === true
      });
    });
  });
}
function describeFailure(argv, r) {
  if (r.missing) return `${argv[0]} is not installed`;
  if (r.timedOut) return `${argv.join(" ")} did not finish in time`;
  const lines = (r.stderr + "\n" + r.stdout).split("\n").map((l) => l.trim()).filter((l) => l !== "");
  const said = lines.find((l) => /error|fatal|fail|denied|not /i.test(l)) ?? lines[0];
  return `${argv.join(" ")} exited ${r.code}${said ? `: ${said}` : ""}`;
}
function launchDetached(path) {
  return new Promise((resolve) => {
    const child = spawn(path, [], { detached: true, stdio: "ignore", windowsHide: true });
    child.once("error", (e) => resolve(`${path} could not be started: ${e.message}`));
    child.once("spawn", () => {
      child.unref();
      resolve(null);
    });
  });
}

// src/resize/resize.ts
var POLL_MS = 1e3;
var MAX_STOP_MS = 12e4;
var ResizeError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ResizeError";
  }
};
async function resizeDockerVm(o) {
  const driver = makeDriver(o);
  const beforeBytes = await engineMemory();
  const base = { backend: o.backend, beforeBytes, targetBytes: o.targetBytes, settingsPath: driver.settingsPath };
  if (beforeBytes !== null && alreadyLargeEnough(beforeBytes, o.targetBytes)) {
    o.log(`${driver.name} already gives Docker ${formatSize(beforeBytes)}, enough for ${formatSize(o.targetBytes)}: nothing to change.`);
    return { ...base, resized: false, afterBytes: beforeBytes, backupPath: null };
  }
  const original = readSettings(driver.settingsPath);
  driver.edit(original);
  o.log(`${driver.name}: ${driver.settingsPath} ${driver.current(original)} \u2192 ${formatSize(o.targetBytes)}.`);
  if (o.dryRun) {
    o.log(`Dry run: would back up ${driver.settingsPath}, stop ${driver.name}, change only the memory value, then run: ${driver.commands.join("; ")}.`);
    return { ...base, resized: false, afterBytes: beforeBytes, backupPath: null };
  }
  checkWritable(driver.settingsPath);
  o.log(`Stopping ${driver.name}\u2026`);
  try {
    await driver.stop();
  } catch (e) {
    throw new ResizeError(`${e.message}. Nothing was changed (${driver.settingsPath} is untouched); ${await restartState(driver, original, o)}`);
  }
  const stopped = readSettings(driver.settingsPath);
  let next;
  try {
    next = driver.edit(stopped);
  } catch (e) {
    throw new ResizeError(`${e.message}. ${await restartState(driver, stopped, o)}`);
  }
  let backupPath = null;
  try {
    if (stopped !== null) backupPath = writeBackup(driver.settingsPath, stopped, /* @__PURE__ */ new Date());
    writeAtomically(driver.settingsPath, next);
  } catch (e) {
    throw new ResizeError(`could not write ${driver.settingsPath} (${e.message}); it was left as it was. ${await restartState(driver, stopped, o)}`);
  }
  o.log(`Wrote ${driver.settingsPath}${backupPath ? ` (backup: ${backupPath})` : ""}. Starting ${driver.name}\u2026`);
  try {
    await driver.start(next);
    const afterBytes = await waitForEngine(o, driver.name);
    if (afterBytes === null) throw new ResizeError(`Docker did not answer within ${o.timeoutMs / 1e3} s after ${driver.name} was started`);
    if (!memoryMatches(afterBytes, o.targetBytes)) {
      throw new ResizeError(`Docker came back with ${formatSize(afterBytes)}, not the ${formatSize(o.targetBytes)} that was set`);
    }
    o.log(`Docker is back with ${formatSize(afterBytes)} (target ${formatSize(o.targetBytes)}).`);
    return { ...base, resized: true, afterBytes, backupPath };
  } catch (e) {
    const failure = e.message;
    o.log(`${failure}; rolling back\u2026`);
    try {
      restoreSettings(driver.settingsPath, stopped);
    } catch (restoreError) {
      const how = backupPath ? `copy ${backupPath} over ${driver.settingsPath}` : `delete ${driver.settingsPath}`;
      throw new ResizeError(`${failure}. Rolling back failed too (${restoreError.message}): ${how}, then start ${driver.name} (${driver.startHint})`);
    }
    const restored = backupPath ? `${driver.settingsPath} was restored from ${backupPath}` : `${driver.settingsPath} was removed again`;
    try {
      await driver.stop();
    } catch {
    }
    throw new ResizeError(`${failure}. Rolled back: ${restored}; ${await restartState(driver, stopped, o)}`);
  }
}
async function restartState(driver, text, o) {
  const running = await engineMemory();
  if (running !== null) return `Docker is running with ${formatSize(running)}.`;
  try {
    await driver.start(text);
  } catch (e) {
    return `starting ${driver.name} again failed too (${e.message}): start it by hand (${driver.startHint}).`;
  }
  const back = await waitForEngine(o, driver.name);
  return back !== null ? `Docker is running again with ${formatSize(back)}.` : `Docker did not come back within ${o.timeoutMs / 1e3} s: start it by hand (${driver.startHint}) and check docker info.`;
}
async function engineMemory() {
  const probe = await probeDocker(15e3);
  return probe.docker?.memTotalBytes ?? null;
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
async function waitForEngine(o, name) {
  const started = Date.now();
  let lastLog = started;
  for (; ; ) {
    const mem = await engineMemory();
    if (mem !== null) return mem;
    const elapsed = Date.now() - started;
    if (elapsed >= o.timeoutMs) return null;
    if (Date.now() - lastLog >= Math.min(15e3, Math.max(1e3, o.timeoutMs / 4))) {
      o.log(`Waiting for ${name} to start Docker (${Math.round(elapsed / 1e3)} s of ${o.timeoutMs / 1e3} s)\u2026`);
      lastLog = Date.now();
    }
    await sleep(Math.min(POLL_MS, Math.max(0, o.timeoutMs - elapsed)));
  }
}
async function waitUntil(stopped, timeoutMs) {
  const end = Date.now() + timeoutMs;
  for (; ; ) {
    if (await stopped()) return true;
    if (Date.now() >= end) return false;
    await sleep(POLL_MS);
  }
}
function makeDriver(o) {
  if (o.backend === "colima") return colimaDriver(o);
  const desktop = desktopControl(o);
  if (o.backend === "wsl") {
    const path2 = o.paths.wslconfig;
    return {
      name: "Docker Desktop (WSL 2)",
      settingsPath: path2,
      edit: (text) => {
        if (text !== null) parseWslMemory(text, path2);
        return setWslMemory(text ?? "", o.targetBytes, path2);
      },
      current: (text) => {
        const bytes = text === null ? null : parseWslMemory(text, path2);
        return bytes === null ? "sets no [wsl2] memory (WSL gives half of the RAM)" : `has [wsl2] memory=${formatSize(bytes)}`;
      },
      stop: async () => {
        await desktop.stop();
        const r = await runCommand(COMMANDS.wslShutdown, 12e4);
        if (r.code !== 0) throw new ResizeError(`${describeFailure(COMMANDS.wslShutdown, r)}; WSL must shut down to read .wslconfig again`);
      },
      start: () => desktop.start(null),
      startHint: desktop.startHint,
      commands: [...desktop.commands.slice(0, 1), COMMANDS.wslShutdown.join(" "), ...desktop.commands.slice(1)]
    };
  }
  const { path, format: format2 } = desktopFile(o.paths);
  return {
    name: "Docker Desktop",
    settingsPath: path,
    edit: (text) => {
      const admin = readSettings(o.paths.desktopAdmin);
      const lock = admin === null ? null : memoryLock(admin, o.paths.desktopAdmin);
      if (lock) {
        throw new InputError(`${o.paths.desktopAdmin} locks ${lock}: Docker Desktop's memory is managed by your organisation; ask its admin to raise it, nothing was changed`);
      }
      if (text === null) throw new InputError(`${path} does not exist: start Docker Desktop once so it writes its settings, then retry`);
      return setDesktopMemory(text, format2, Math.ceil(o.targetBytes / MiB), path);
    },
    current: (text) => {
      const mib = text === null ? null : parseDesktopSettings(text, format2, path).memoryMiB;
      return mib === null ? "has no memory setting (Docker Desktop default)" : `has ${formatSize(mib * MiB)}`;
    },
    ...desktop
  };
}
function desktopFile(paths) {
  if (readSettings(paths.desktopStore) !== null) return { path: paths.desktopStore, format: "store" };
  if (readSettings(paths.desktopLegacy) !== null) return { path: paths.desktopLegacy, format: "legacy" };
  return { path: paths.desktopStore, format: "store" };
}
function desktopControl(o) {
  const stopTimeout = Math.min(o.timeoutMs, MAX_STOP_MS);
  const mac = o.platform === "darwin";
  let cliWorks = false;
  const appPid = async () => mac ? parseAppPid((await runCommand(COMMANDS.appPid, 15e3)).stdout) : null;
  const stopped = async () => await engineMemory() === null && await appPid() === null;
  const tried = [];
  return {
    stop: async () => {
      const cli = await runCommand(COMMANDS.desktopStop, stopTimeout);
      if (cli.code === 0) {
        cliWorks = true;
        if (await waitUntil(stopped, stopTimeout)) return;
        tried.push(`${COMMANDS.desktopStop.join(" ")} returned but Docker Desktop still runs`);
      } else {
        tried.push(describeFailure(COMMANDS.desktopStop, cli));
      }
      if (mac) {
        o.log(`${tried[tried.length - 1]}; asking the app to quit\u2026`);
        const quit = await runCommand(COMMANDS.osascriptQuit, 6e4);
        if (quit.code === 0 && await waitUntil(stopped, stopTimeout)) return;
        tried.push(quit.code === 0 ? "osascript quit returned but the app still runs" : describeFailure(COMMANDS.osascriptQuit, quit));
        const pid = await appPid();
        if (pid !== null) {
          o.log(`${tried[tried.length - 1]}; sending SIGTERM to Docker Desktop's process ${pid}\u2026`);
          try {
            process.kill(pid, "SIGTERM");
          } catch (e) {
            tried.push(`kill ${pid}: ${e.message}`);
          }
          if (await waitUntil(stopped, stopTimeout)) return;
          tried.push(`process ${pid} ignored SIGTERM for ${stopTimeout / 1e3} s`);
        }
      }
      throw new ResizeError(`Docker Desktop did not quit (${tried.join("; ")}): quit it yourself, then retry`);
    },
    start: async () => {
      if (cliWorks) {
        const r = await runCommand(COMMANDS.desktopStart, o.timeoutMs);
        if (r.code === 0) return;
        o.log(`${describeFailure(COMMANDS.desktopStart, r)}; launching the app instead\u2026`);
      }
      if (mac) {
        const r = await runCommand(COMMANDS.openDocker, 6e4);
        if (r.code !== 0) throw new ResizeError(describeFailure(COMMANDS.openDocker, r));
        return;
      }
      const failed = await launchDetached(o.paths.desktopExe);
      if (failed) throw new ResizeError(failed);
    },
    startHint: mac ? COMMANDS.openDocker.join(" ") : `"${o.paths.desktopExe}"`,
    commands: [
      `${COMMANDS.desktopStop.join(" ")}${mac ? ` (else ${COMMANDS.osascriptQuit.join(" ")}, else SIGTERM to the app's pid)` : ""}`,
      `${COMMANDS.desktopStart.join(" ")} (else ${mac ? COMMANDS.openDocker.join(" ") : `"${o.paths.desktopExe}"`})`,
      `${COMMANDS.dockerInfo.join(" ")} until it answers (${o.timeoutMs / 1e3} s)`
    ]
  };
}
function colimaDriver(o) {
  const path = o.paths.colimaConfig;
  const profile = o.paths.colimaProfile;
  const gib = Math.ceil(o.targetBytes / GiB);
  const startArgv = (text) => {
    const c = parseColimaConfig(text ?? "", path);
    return colimaStart(profile, c.memoryGiB, c.cpus, c.diskGiB);
  };
  return {
    name: `Colima (profile ${profile})`,
    settingsPath: path,
    edit: (text) => {
      if (text === null) throw new InputError(`${path} does not exist: is the Colima profile "${profile}" right? (set COLIMA_PROFILE)`);
      return setColimaMemory(text, gib, path);
    },
    current: (text) => `has memory: ${parseColimaConfig(text ?? "", path).memoryGiB} GiB`,
    stop: async () => {
      const argv = colimaStop(profile);
      const r = await runCommand(argv, Math.min(o.timeoutMs, MAX_STOP_MS));
      if (r.code !== 0) throw new ResizeError(describeFailure(argv, r));
      if (await engineMemory() !== null) throw new ResizeError(`${argv.join(" ")} returned but Docker still answers, so the VM did not stop`);
    },
    start: async (text) => {
      const argv = startArgv(text);
      const r = await runCommand(argv, o.timeoutMs);
      if (r.code !== 0) throw new ResizeError(describeFailure(argv, r));
      if (colimaAlreadyRunning(r.stdout + r.stderr)) throw new ResizeError(`${argv.join(" ")} said the VM was already running, so the new memory was not applied`);
    },
    startHint: colimaStart(profile, 0, null, null).slice(0, profile === "default" ? 2 : 4).join(" "),
    commands: [colimaStop(profile).join(" "), `${colimaStart(profile, gib, null, null).join(" ")} (keeping cpus and disk from ${path})`, `${COMMANDS.dockerInfo.join(" ")} until it answers`]
  };
}

export {
  defaultReserve,
  plan,
  PLAN_DEFAULTS,
  parsePlanRequest,
  parseBoolean,
  resizeTarget,
  parseResizeInput,
  resizeWanted,
  parseResizeTimeout,
  detectMachine,
  RESIZE_BACKENDS,
  RESIZE_PLATFORMS,
  backendUnit,
  platformOf,
  locateBackend,
  resizeDockerVm
};
