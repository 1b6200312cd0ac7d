package nl.naober.platform.municipalities;

import nl.naober.tenants.OffboardingResult;

/** The outcome of offboarding: where the export archive is and how to check it. */
record OffboardingResponse(MunicipalityResponse municipality, String exportArchive, String exportSha256) {

    static OffboardingResponse of(OffboardingResult result) {
        return new OffboardingResponse(MunicipalityResponse.of(result.tenant()),
                result.archive() == null ? null : result.archive().toString(), result.sha256());
    }
}
