/** Audience segments: the catalogue entry of a clustered or lookalike audience. */
package io.aimpoint.core.segment;
