package nl.naober.platform.profiles;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.naober.kernel.InvalidInputException;
import nl.naober.platform.audit.AuditAction;
import nl.naober.platform.audit.AuditEvent;
import nl.naober.platform.audit.AuditLog;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.users.Colleague;
import nl.naober.platform.users.ColleagueDirectory;
import nl.naober.platform.users.CurrentColleague;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import nl.naober.tenants.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signed-in supporter's own profile, and the published profiles of a village for its public
 * page. Changes are audited (her own personal data, published by her); public reads are not, as
 * they show only what she published.
 */
@Service
@Transactional
class ProfileService {

    static final int MAX_NAME = 120;
    static final int MAX_LANGUAGES_OTHER = 200;
    static final int MAX_OFFICE_HOURS = 500;
    /** She publishes her own profile: the basis of every change. */
    static final String BASIS = "own-publication";

    private final SupporterProfileRepository profiles;
    private final CurrentColleague colleague;
    private final ColleagueDirectory colleagues;
    private final VillageDirectory villages;
    private final ProfilePhotos photos;
    private final InputReader input;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ProfileService(SupporterProfileRepository profiles, CurrentColleague colleague, ColleagueDirectory colleagues,
            VillageDirectory villages, ProfilePhotos photos, InputReader input, AuditLog audit, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.profiles = profiles;
        this.colleague = colleague;
        this.colleagues = colleagues;
        this.villages = villages;
        this.photos = photos;
        this.input = input.withRequiredMessages("profile.required.");
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Her profile; before she saved one, a suggestion with her first name, unpublished. */
    @Transactional(readOnly = true)
    ProfileView mine() {
        Colleague me = colleague.requireSupporter();
        return profiles.findById(me.memberId()).map(this::view)
                .orElseGet(() -> new ProfileView(false, me.firstName(), List.of(), null, null, null, null, false,
                        null));
    }

    /** Replaces her profile; any invalid field saves nothing. */
    ProfileView save(ProfileRequests.ProfileChange change) {
        Colleague me = colleague.requireSupporter();
        ProfileRequests.ProfileFacts facts = validate(change);
        SupporterProfile profile = profiles.findById(me.memberId())
                .orElseGet(() -> new SupporterProfile(me.memberId(), facts.displayName(), clock.instant()));
        profile.change(facts, clock.instant());
        profiles.saveAndFlush(profile);
        audit.record(new AuditEvent(AuditAction.UPDATE, "supporter-profile", me.memberId(), null, BASIS,
                facts.published() ? "profile saved, published" : "profile saved, not published"));
        return view(profile);
    }

    /**
     * Her photo, re-encoded; refused (400 at {@code photo}) when it is no usable JPEG or PNG. The
     * decoding runs before the transaction, so a slow image holds no database connection.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    ProfileView savePhoto(byte[] upload) {
        Colleague me = colleague.requireSupporter();
        ProfilePhotos.Photo photo;
        try {
            photo = photos.reencode(upload);
        } catch (ProfilePhotos.UnusablePhotoException e) {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation("photo",
                    input.text(e.messageKey(), ProfilePhotos.MAX_BYTES / (1024 * 1024)))));
        }
        return transactions.execute(status -> {
            SupporterProfile profile = profiles.findById(me.memberId())
                    .orElseGet(() -> new SupporterProfile(me.memberId(), me.firstName(), clock.instant()));
            profile.photo(photo.jpeg(), photo.etag(), clock.instant());
            profiles.saveAndFlush(profile);
            audit.record(new AuditEvent(AuditAction.UPDATE, "supporter-profile", me.memberId(), null, BASIS,
                    "photo replaced"));
            return view(profile);
        });
    }

    /** The refusal of an upload larger than allowed, known from its size without reading it. */
    InvalidInputException photoTooLarge() {
        return new InvalidInputException(List.of(new InvalidInputException.Violation("photo",
                input.text("profile.photo.too-large", ProfilePhotos.MAX_BYTES / (1024 * 1024)))));
    }

    void removePhoto() {
        Colleague me = colleague.requireSupporter();
        profiles.findById(me.memberId()).filter(p -> p.photoEtag() != null).ifPresent(profile -> {
            profile.photo(null, null, clock.instant());
            profiles.saveAndFlush(profile);
            audit.record(new AuditEvent(AuditAction.DELETE, "supporter-profile", me.memberId(), null, BASIS,
                    "photo removed"));
        });
    }

    /** The published profiles of the supporters who serve this village now, in name order. */
    @Transactional(readOnly = true)
    List<PublicProfile> publishedFor(VillageSummary village) {
        List<UUID> supporters = colleagues.activeSupporterIdsOf(village.id());
        if (supporters.isEmpty()) {
            return List.of();
        }
        return profiles.findAllByMemberIdInAndPublishedTrue(supporters).stream()
                .sorted(Comparator.comparing(SupporterProfile::displayName, String.CASE_INSENSITIVE_ORDER))
                .map(this::publicProfile).toList();
    }

    /**
     * The photo of a published profile of a supporter who serves an active village now; empty for
     * anything else, so the address of a withdrawn photo stops working at once.
     */
    @Transactional(readOnly = true)
    Optional<ProfilePhotos.Photo> publishedPhoto(UUID memberId) {
        return profiles.findById(memberId).filter(SupporterProfile::published).filter(p -> p.photoEtag() != null)
                .filter(p -> servesAnActiveVillage(memberId))
                .map(p -> new ProfilePhotos.Photo(p.photoBytes(), p.photoEtag()));
    }

    /** The municipality's active villages that have a public page, in name order. */
    @Transactional(readOnly = true)
    List<VillageSummary> publicVillages() {
        return villages.all().stream().filter(VillageSummary::active).toList();
    }

    @Transactional(readOnly = true)
    Optional<VillageSummary> publicVillage(String slug) {
        if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 90) {
            return Optional.empty();
        }
        return villages.findBySlug(slug).filter(VillageSummary::active);
    }

    private boolean servesAnActiveVillage(UUID memberId) {
        return publicVillages().stream().anyMatch(v -> colleagues.activeSupporterIdsOf(v.id()).contains(memberId));
    }

    private ProfileRequests.ProfileFacts validate(ProfileRequests.ProfileChange change) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String name = input.requiredText("displayName", change.displayName(), MAX_NAME, errors);
        Set<Language> languages = input.codes("languages", Language.class, change.languages(), errors);
        String others = input.optionalText("languagesOther", change.languagesOther(), MAX_LANGUAGES_OTHER, errors);
        String phone = input.optionalPhone("phone", change.phone(), errors);
        String email = input.optionalEmail("email", change.email(), errors);
        String officeHours = input.optionalText("officeHours", change.officeHours(), MAX_OFFICE_HOURS, errors);
        boolean published = Boolean.TRUE.equals(change.published());
        if (published && blank(change.phone()) && blank(change.email())) {
            // a published profile that says nothing about how to reach her helps no resident
            errors.add("phone", input.text("profile.published.unreachable"));
        }
        errors.throwIfAny();
        return new ProfileRequests.ProfileFacts(name, languages, others, phone, email, officeHours, published);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private ProfileView view(SupporterProfile profile) {
        return new ProfileView(true, profile.displayName(), codes(profile.languages()), profile.languagesOther(),
                profile.phone(), profile.email(), profile.officeHours(), profile.published(), photoUrl(profile));
    }

    private PublicProfile publicProfile(SupporterProfile profile) {
        return new PublicProfile(profile.memberId(), profile.displayName(), codes(profile.languages()),
                profile.languagesOther(), profile.phone(), profile.email(), profile.officeHours(), photoUrl(profile));
    }

    private static List<String> codes(Set<Language> languages) {
        List<String> codes = new ArrayList<>();
        for (Language language : Language.values()) {
            if (languages.contains(language)) {
                codes.add(CodedValue.code(language));
            }
        }
        return codes;
    }

    /** The public address of the photo; the ETag in the query makes a new photo a new address for caches. */
    private static String photoUrl(SupporterProfile profile) {
        return profile.photoEtag() == null ? null : PublicPaths.photo(TenantContext.require().slug(),
                profile.memberId(), profile.photoEtag());
    }

    /** A profile as the public village page shows it: only what she published. */
    record PublicProfile(UUID memberId, String displayName, List<String> languages, String languagesOther,
            String phone, String email, String officeHours, String photoUrl) {
    }

}
