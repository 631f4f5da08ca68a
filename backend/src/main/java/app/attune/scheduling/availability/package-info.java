/** Therapists' availability: weekly windows, days off and booking rules, which consultations and sessions book into. */
@NamedInterface("availability")
package app.attune.scheduling.availability;

import org.springframework.modulith.NamedInterface;
