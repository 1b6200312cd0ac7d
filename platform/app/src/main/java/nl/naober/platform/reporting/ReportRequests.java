package nl.naober.platform.reporting;

/** Request bodies of the reporting module. */
final class ReportRequests {

    private ReportRequests() {
    }

    /** The supporter's account of a village's year; a blank text removes it. */
    record NarrativeChange(Integer year, String text) {
    }
}
