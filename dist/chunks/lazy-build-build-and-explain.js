import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildAndExplain
} from "./chunk-LKJDJCMX.js";
import "./chunk-D6WODPGA.js";
import "./chunk-SG5N22HC.js";
import "./chunk-PNRU276Q.js";
import "./chunk-TLJHTHWQ.js";
import "./chunk-MGUD6JDD.js";
import "./chunk-HD5ILCZ2.js";
import "./chunk-FNELGK2D.js";
import "./chunk-N6MMGZBE.js";
import "./chunk-2LN3O3ZK.js";
import "./chunk-PTNOJX4U.js";
import "./chunk-JAXLUREA.js";
import "./chunk-4HGVECU2.js";
import "./chunk-ILOFK2V4.js";
import "./chunk-ROFN4J5E.js";
import "./chunk-D534QWWG.js";
import "./chunk-ZVJDDIRG.js";
import "./chunk-FQWTZ246.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-MEOPLWEQ.js";
import "./chunk-UZYQOPRT.js";
import "./chunk-662LQ7HR.js";
import "./chunk-DFVHCUKD.js";
import "./chunk-SVKCMDEF.js";
import "./chunk-DUVUTQT3.js";
import "./chunk-RXYM5UYZ.js";
import "./chunk-SRSUN243.js";
import "./chunk-K4656TKS.js";
import "./chunk-YH6U5J26.js";
import "./chunk-6RR46GWK.js";
import "./chunk-J3GXGRKE.js";
import "./chunk-6DG7BXTN.js";
export {
  buildAndExplain
};
