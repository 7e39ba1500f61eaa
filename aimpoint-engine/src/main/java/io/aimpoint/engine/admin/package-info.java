/**
 * Managing advertisers, campaigns, creatives, placements and API keys, with the access rules of
 * each caller role applied in one place.
 */
package io.aimpoint.engine.admin;
