package app.attune.client;

import org.jspecify.annotations.Nullable;

/** What a client sees of their own record: their name and contact details, nothing clinical. */
public record MyProfile(
        String legalName,
        @Nullable String preferredName,
        @Nullable String pronouns,
        @Nullable String therapistName,
        MyContactForm contact,
        long version) {}
