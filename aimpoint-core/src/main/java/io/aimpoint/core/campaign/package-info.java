/** Advertisers, campaigns, creatives and placements: what is bought and where it may show. */
package io.aimpoint.core.campaign;
