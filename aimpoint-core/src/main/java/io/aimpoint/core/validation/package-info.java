/** Validation of domain input: field errors collected and reported together. */
package io.aimpoint.core.validation;
