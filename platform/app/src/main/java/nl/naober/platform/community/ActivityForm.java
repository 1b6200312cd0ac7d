package nl.naober.platform.community;

import java.time.LocalDate;
import java.util.UUID;

/** The new-activity form as typed; the village is the page's selected village. */
record ActivityForm(String kind, String title, String heldOn, String participants, String volunteers,
        String volunteerHours, String supporterMinutes, String initiative, String association, String note) {

    static ActivityForm startingOn(LocalDate today) {
        return new ActivityForm(null, null, today.toString(), null, "0", "0", "0", "", "", null);
    }

    ActivityRequests.NewActivity toRequest(UUID village) {
        return new ActivityRequests.NewActivity(village, kind, title, heldOn, PageForms.wholeNumber(participants),
                PageForms.wholeNumber(volunteers), PageForms.wholeNumber(volunteerHours),
                PageForms.wholeNumber(supporterMinutes), PageForms.id(initiative), PageForms.id(association), note);
    }
}
