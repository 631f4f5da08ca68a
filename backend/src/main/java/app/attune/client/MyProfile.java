package app.attune.client;

/** What a client sees of their own record: their name and contact details, nothing clinical. */
public record MyProfile(String legalName, String preferredName, String pronouns, String therapistName,
        MyContactForm contact, long version) {
}
