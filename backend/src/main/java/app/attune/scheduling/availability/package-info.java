/** Therapists' availability: weekly windows, days off and booking rules, which consultations and sessions book into. */
@NamedInterface("availability")
@org.jspecify.annotations.NullMarked
package app.attune.scheduling.availability;

import org.springframework.modulith.NamedInterface;
