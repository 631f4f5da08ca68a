package app.attune.scheduling.availability;

/** What a weekly window is for: free consultations, or the working hours that frame sessions. */
public enum WindowKind {
    CONSULTATION,
    WORKING
}
