package nl.naober.platform.community;

import java.time.LocalDate;

/** The support form as typed: amounts as the supporter writes them ({@code 1.250,50}). */
record SupportForm(String kind, String givenOn, String minutes, String note, String requestedAmount,
        String grantedAmount) {

    static SupportForm startingOn(LocalDate today) {
        return new SupportForm(null, today.toString(), null, null, null, null);
    }

    InitiativeRequests.NewSupport toRequest() {
        return new InitiativeRequests.NewSupport(kind, givenOn, PageForms.wholeNumber(minutes), note,
                Amounts.parse(requestedAmount), Amounts.parse(grantedAmount));
    }
}
