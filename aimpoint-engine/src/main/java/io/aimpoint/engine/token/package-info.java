/**
 * Signed tracking tokens: what a decision hands out in its impression and click URLs, and what the
 * tracking endpoints verify (HMAC-SHA256, expiry) before anything is counted or charged.
 */
package io.aimpoint.engine.token;
