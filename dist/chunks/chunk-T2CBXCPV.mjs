import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __esm,
  __export
} from "./chunk-ZEMHNOYJ.mjs";

// on-first-call:node:crypto
var node_crypto_exports = {};
__export(node_crypto_exports, {
  checkPrime: () => checkPrime,
  checkPrimeSync: () => checkPrimeSync,
  createCipheriv: () => createCipheriv,
  createDecipheriv: () => createDecipheriv,
  createDiffieHellman: () => createDiffieHellman,
  createDiffieHellmanGroup: () => createDiffieHellmanGroup,
  createECDH: () => createECDH,
  createHash: () => createHash,
  createHmac: () => createHmac,
  createPrivateKey: () => createPrivateKey,
  createPublicKey: () => createPublicKey,
  createSecretKey: () => createSecretKey,
  createSign: () => createSign,
  createVerify: () => createVerify,
  diffieHellman: () => diffieHellman,
  generateKey: () => generateKey,
  generateKeyPair: () => generateKeyPair,
  generateKeyPairSync: () => generateKeyPairSync,
  generateKeySync: () => generateKeySync,
  generatePrime: () => generatePrime,
  generatePrimeSync: () => generatePrimeSync,
  getCipherInfo: () => getCipherInfo,
  getCiphers: () => getCiphers,
  getCurves: () => getCurves,
  getDiffieHellman: () => getDiffieHellman,
  getFips: () => getFips,
  getHashes: () => getHashes,
  getRandomValues: () => getRandomValues,
  hash: () => hash,
  hkdf: () => hkdf,
  hkdfSync: () => hkdfSync,
  pbkdf2: () => pbkdf2,
  pbkdf2Sync: () => pbkdf2Sync,
  privateDecrypt: () => privateDecrypt,
  privateEncrypt: () => privateEncrypt,
  publicDecrypt: () => publicDecrypt,
  publicEncrypt: () => publicEncrypt,
  randomBytes: () => randomBytes,
  randomFill: () => randomFill,
  randomFillSync: () => randomFillSync,
  randomInt: () => randomInt,
  randomUUID: () => randomUUID,
  scrypt: () => scrypt,
  scryptSync: () => scryptSync,
  secureHeapUsed: () => secureHeapUsed,
  setEngine: () => setEngine,
  setFips: () => setFips,
  sign: () => sign,
  timingSafeEqual: () => timingSafeEqual,
  verify: () => verify
});
import { createRequire } from "node:module";
function checkPrime(...args) {
  return load().checkPrime(...args);
}
function checkPrimeSync(...args) {
  return load().checkPrimeSync(...args);
}
function createCipheriv(...args) {
  return load().createCipheriv(...args);
}
function createDecipheriv(...args) {
  return load().createDecipheriv(...args);
}
function createDiffieHellman(...args) {
  return load().createDiffieHellman(...args);
}
function createDiffieHellmanGroup(...args) {
  return load().createDiffieHellmanGroup(...args);
}
function createECDH(...args) {
  return load().createECDH(...args);
}
function createHash(...args) {
  return load().createHash(...args);
}
function createHmac(...args) {
  return load().createHmac(...args);
}
function createPrivateKey(...args) {
  return load().createPrivateKey(...args);
}
function createPublicKey(...args) {
  return load().createPublicKey(...args);
}
function createSecretKey(...args) {
  return load().createSecretKey(...args);
}
function createSign(...args) {
  return load().createSign(...args);
}
function createVerify(...args) {
  return load().createVerify(...args);
}
function diffieHellman(...args) {
  return load().diffieHellman(...args);
}
function generateKey(...args) {
  return load().generateKey(...args);
}
function generateKeyPair(...args) {
  return load().generateKeyPair(...args);
}
function generateKeyPairSync(...args) {
  return load().generateKeyPairSync(...args);
}
function generateKeySync(...args) {
  return load().generateKeySync(...args);
}
function generatePrime(...args) {
  return load().generatePrime(...args);
}
function generatePrimeSync(...args) {
  return load().generatePrimeSync(...args);
}
function getCipherInfo(...args) {
  return load().getCipherInfo(...args);
}
function getCiphers(...args) {
  return load().getCiphers(...args);
}
function getCurves(...args) {
  return load().getCurves(...args);
}
function getDiffieHellman(...args) {
  return load().getDiffieHellman(...args);
}
function getFips(...args) {
  return load().getFips(...args);
}
function getHashes(...args) {
  return load().getHashes(...args);
}
function getRandomValues(...args) {
  return load().getRandomValues(...args);
}
function hash(...args) {
  return load().hash(...args);
}
function hkdf(...args) {
  return load().hkdf(...args);
}
function hkdfSync(...args) {
  return load().hkdfSync(...args);
}
function pbkdf2(...args) {
  return load().pbkdf2(...args);
}
function pbkdf2Sync(...args) {
  return load().pbkdf2Sync(...args);
}
function privateDecrypt(...args) {
  return load().privateDecrypt(...args);
}
function privateEncrypt(...args) {
  return load().privateEncrypt(...args);
}
function publicDecrypt(...args) {
  return load().publicDecrypt(...args);
}
function publicEncrypt(...args) {
  return load().publicEncrypt(...args);
}
function randomBytes(...args) {
  return load().randomBytes(...args);
}
function randomFill(...args) {
  return load().randomFill(...args);
}
function randomFillSync(...args) {
  return load().randomFillSync(...args);
}
function randomInt(...args) {
  return load().randomInt(...args);
}
function randomUUID(...args) {
  return load().randomUUID(...args);
}
function scrypt(...args) {
  return load().scrypt(...args);
}
function scryptSync(...args) {
  return load().scryptSync(...args);
}
function secureHeapUsed(...args) {
  return load().secureHeapUsed(...args);
}
function setEngine(...args) {
  return load().setEngine(...args);
}
function setFips(...args) {
  return load().setFips(...args);
}
function sign(...args) {
  return load().sign(...args);
}
function timingSafeEqual(...args) {
  return load().timingSafeEqual(...args);
}
function verify(...args) {
  return load().verify(...args);
}
var load;
var init_node_crypto = __esm({
  "on-first-call:node:crypto"() {
    load = () => createRequire(import.meta.url)("node:crypto");
  }
});

export {
  createHash,
  createHmac,
  randomBytes,
  node_crypto_exports,
  init_node_crypto
};
