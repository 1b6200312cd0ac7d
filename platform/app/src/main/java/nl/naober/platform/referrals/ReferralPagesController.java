package nl.naober.platform.referrals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceConflictException;
import nl.naober.platform.consent.ConsentFields;
import nl.naober.platform.contacts.ContactLookup;
import nl.naober.platform.contacts.ContactThemes;
import nl.naober.platform.contacts.ResidentAccess;
import nl.naober.platform.contacts.ResidentReference;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.socialmap.SocialMapEntries;
import nl.naober.platform.villages.VillageSummary;
import nl.naober.platform.web.CurrentPage;
import nl.naober.platform.web.FormErrors;
import nl.naober.platform.web.FormOption;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supporter's referral pages: refer a resident with her consent, the referrals of her villages
 * (open ones first, by pseudonym) and one referral with its outcome history. The forms bind the
 * API's own request records and call the same service methods, so the consent rule (nothing is
 * saved without complete consent), the village check and the audit apply to the pages as well.
 */
@Controller
class ReferralPagesController {

    /** Social map entries offered as a target: a long list is no choice on a phone; the search narrows it. */
    static final int MAP_CHOICES = 50;

    private final ReferralService referrals;
    private final ResidentAccess residents;
    private final ContactLookup contacts;
    private final ContactThemes themes;
    private final InputReader input;
    private final SocialMapEntries socialMap;

    ReferralPagesController(ReferralService referrals, ResidentAccess residents, ContactLookup contacts,
            ContactThemes themes, InputReader input, SocialMapEntries socialMap) {
        this.socialMap = socialMap;
        this.referrals = referrals;
        this.residents = residents;
        this.contacts = contacts;
        this.themes = themes;
        this.input = input;
    }

    /** The form; {@code kaart} searches the social map entries offered as the target. */
    @GetMapping("/inwoners/{residentId}/doorverwijzen")
    String newReferral(@PathVariable UUID residentId, @RequestParam(name = "kaart", required = false) String mapWords,
            Model model) {
        ResidentReference resident = residents.requireAccessible(residentId);
        LocalDate today = input.today();
        model.addAttribute(FormErrors.FORM, new ReferralRequests.NewReferral(null, null, null, null, today.toString(),
                null, ConsentFields.startingWith(null, null, today), null));
        model.addAttribute("mapWords", mapWords);
        return referralForm(resident, mapWords, model);
    }

    @PostMapping("/inwoners/{residentId}/doorverwijzen")
    Object refer(@PathVariable UUID residentId, ReferralRequests.NewReferral form, Model model) {
        try {
            ReferralResponses.ReferralView referral = referrals.refer(residentId, form);
            return "redirect:/doorverwijzingen/" + referral.id() + "?opgeslagen";
        } catch (InvalidInputException e) {
            referralForm(residents.requireAccessible(residentId), null, model);
            return FormErrors.rerender("referrals/new", form, e);
        }
    }

    @GetMapping("/doorverwijzingen")
    String list(CurrentPage page, Model model) {
        List<ReferralResponses.ReferralListItem> all = referrals.list(null);
        model.addAttribute("openReferrals", all.stream().filter(ReferralResponses.ReferralListItem::open).toList());
        model.addAttribute("closedReferrals", all.stream().filter(r -> !r.open()).toList());
        model.addAttribute("villageNames", page.villages().stream()
                .collect(Collectors.toMap(VillageSummary::id, VillageSummary::name)));
        model.addAttribute("showVillage", page.villages().size() > 1);
        return "referrals/list";
    }

    @GetMapping("/doorverwijzingen/{referralId}")
    String show(@PathVariable UUID referralId, @RequestParam(name = "opgeslagen", required = false) String saved,
            Model model) {
        model.addAttribute("saved", saved != null);
        model.addAttribute(FormErrors.FORM, new ReferralRequests.NewOutcome(null, null, input.today().toString()));
        return detail(referrals.show(referralId), model);
    }

    /** What became of the referral: a new step in its history. */
    @PostMapping("/doorverwijzingen/{referralId}/uitkomst")
    Object recordOutcome(@PathVariable UUID referralId, ReferralRequests.NewOutcome form, Model model) {
        List<InvalidInputException.Violation> violations;
        try {
            referrals.recordOutcome(referralId, form);
            return "redirect:/doorverwijzingen/" + referralId + "?opgeslagen";
        } catch (InvalidInputException e) {
            violations = e.violations();
        } catch (ResourceConflictException e) {
            violations = List.of(new InvalidInputException.Violation("status", e.getMessage()));
        }
        model.addAttribute("saved", false);
        detail(referrals.show(referralId), model);
        return FormErrors.rerender("referrals/detail", form, violations);
    }

    private String detail(ReferralResponses.ReferralView referral, Model model) {
        model.addAttribute("referral", referral);
        model.addAttribute("outcomes", Arrays.stream(ReferralStatus.values()).filter(s -> s != ReferralStatus.SENT)
                .map(s -> FormOption.message(CodedValue.code(s), "referral.status." + CodedValue.code(s))).toList());
        return "referrals/detail";
    }

    private String referralForm(ResidentReference resident, String mapWords, Model model) {
        List<FormOption> mapOptions = new ArrayList<>(socialMap.servingVillage(resident.villageId(), mapWords).stream()
                .limit(MAP_CHOICES).map(e -> FormOption.of(e.id().toString(), e.name())).toList());
        model.addAttribute("mapOptions", mapOptions);
        model.addAttribute("mapSearched", mapWords != null && !mapWords.isBlank());
        Map<String, String> labels = themes.all().stream().collect(Collectors.toMap(ContactThemes.ThemeSummary::code,
                ContactThemes.ThemeSummary::label, (a, b) -> a));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(LocaleContextHolder.getLocale());
        List<FormOption> fromContacts = new ArrayList<>();
        contacts.ofResident(resident.id()).forEach(c -> fromContacts.add(FormOption.of(c.id().toString(),
                input.text("referral.contact.option", dates.format(c.date()), c.themes().stream()
                        .map(code -> labels.getOrDefault(code, code)).collect(Collectors.joining(", "))))));
        if (!fromContacts.isEmpty()) {
            // a radio once chosen cannot be unchosen: "none" undoes a mistaken choice
            fromContacts.add(FormOption.message("", "referral.field.contact.none"));
        }
        model.addAttribute("resident", resident);
        model.addAttribute("targetKinds", Arrays.stream(TargetKind.values())
                .map(k -> FormOption.message(CodedValue.code(k), "referral.target-kind." + CodedValue.code(k)))
                .toList());
        model.addAttribute("contactOptions", fromContacts);
        model.addAttribute("consentForms", ConsentFields.forms());
        return "referrals/new";
    }
}
