package nl.naober.platform.carers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceConflictException;
import nl.naober.platform.consent.ConsentFields;
import nl.naober.platform.contacts.ResidentAccess;
import nl.naober.platform.contacts.ResidentReference;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.villages.VillageSummary;
import nl.naober.platform.web.CurrentPage;
import nl.naober.platform.web.FormErrors;
import nl.naober.platform.web.FormOption;
import nl.naober.tenants.TenantContext;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The carer pages: the supporter's register of the mantelzorgers of her villages (list, new carer,
 * one carer with her registration for the year's appreciation, with consent) and the municipal
 * administrator's appreciation list of a year with its CSV export. Each page calls the service
 * methods of the API, so the same checks, messages and audit events apply.
 */
@Controller
class CarerPagesController {

    /**
     * Residents offered as a choice: the most recently contacted of the village. A long village list
     * is no choice on a phone; a carer outside it is registered by name (or from the resident's page).
     */
    static final int RESIDENT_CHOICES = 20;

    private final CarerService carers;
    private final AppreciationService appreciations;
    private final ResidentAccess residents;
    private final InputReader input;

    CarerPagesController(CarerService carers, AppreciationService appreciations, ResidentAccess residents,
            InputReader input) {
        this.carers = carers;
        this.appreciations = appreciations;
        this.residents = residents;
        this.input = input;
    }

    @GetMapping("/mantelzorg")
    String list(CurrentPage page, Model model) {
        model.addAttribute("carers", carers.list());
        model.addAttribute("villageNames", page.villages().stream()
                .collect(Collectors.toMap(VillageSummary::id, VillageSummary::name)));
        model.addAttribute("showVillage", page.villages().size() > 1);
        return "carers/list";
    }

    /** The form; {@code inwoner} chooses a resident beforehand (a link from her page). */
    @GetMapping("/mantelzorg/nieuw")
    String newCarer(CurrentPage page, @RequestParam(name = "inwoner", required = false) UUID resident, Model model) {
        model.addAttribute(FormErrors.FORM, CarerForm.startingWith(resident, input.today()));
        return carerForm(page, resident, model);
    }

    @PostMapping("/mantelzorg/nieuw")
    Object register(CurrentPage page, CarerForm form, Model model) {
        try {
            CarerResponses.CarerView carer = carers.register(form.toRequest(page.village().map(VillageSummary::id)
                    .orElse(null)));
            return "redirect:/mantelzorg/" + carer.id() + "?opgeslagen";
        } catch (InvalidInputException e) {
            carerForm(page, form.residentId(), model);
            return FormErrors.rerender("carers/new", form, e);
        }
    }

    @GetMapping("/mantelzorg/{carerId}")
    String show(CurrentPage page, @PathVariable UUID carerId,
            @RequestParam(name = "opgeslagen", required = false) String saved, Model model) {
        CarerResponses.CarerView carer = carers.show(carerId);
        LocalDate today = input.today();
        model.addAttribute("saved", saved != null);
        model.addAttribute(FormErrors.FORM, new CarerRequests.NewAppreciation(today.getYear(),
                CodedValue.code(AppreciationChannel.SUPPORTER_REGISTERED), carer.name(), null,
                ConsentFields.startingWith(input.text("carer.appreciation.consent.what-default"), page.municipality(),
                        today)));
        return detail(carer, model);
    }

    /** Registers the carer for a year's appreciation, with her consent to share name and address. */
    @PostMapping("/mantelzorg/{carerId}/waardering")
    Object nominate(@PathVariable UUID carerId, CarerRequests.NewAppreciation form, Model model) {
        List<InvalidInputException.Violation> violations;
        try {
            carers.registerAppreciation(carerId, form);
            return "redirect:/mantelzorg/" + carerId + "?opgeslagen";
        } catch (InvalidInputException e) {
            violations = e.violations();
        } catch (ResourceConflictException e) {
            violations = List.of(new InvalidInputException.Violation("year", e.getMessage()));
        }
        model.addAttribute("saved", false);
        detail(carers.show(carerId), model);
        return FormErrors.rerender("carers/detail", form, violations);
    }

    /** The administrator's appreciation list of a year (default: this year). */
    @GetMapping("/mantelzorgwaardering")
    String appreciationList(@RequestParam(name = "jaar", required = false) Integer year, Model model) {
        int wanted = appreciations.year(year);
        int thisYear = input.today().getYear();
        model.addAttribute("year", wanted);
        model.addAttribute("appreciations", appreciations.list(wanted));
        model.addAttribute("previousYear", wanted > 2000 ? wanted - 1 : null);
        model.addAttribute("nextYear", wanted <= thisYear ? wanted + 1 : null);
        return "carers/appreciations";
    }

    /** The same CSV as the API's export, for the link on the list page (the browser has no API token). */
    @GetMapping("/mantelzorgwaardering/export")
    ResponseEntity<byte[]> export(@RequestParam(name = "jaar", required = false) Integer year) {
        int wanted = appreciations.year(year);
        return AppreciationController.csv(TenantContext.require().slug(), wanted, appreciations.export(wanted));
    }

    private String detail(CarerResponses.CarerView carer, Model model) {
        Map<UUID, String> pseudonyms = residents.findAccessible(Stream.of(carer.residentId(),
                        carer.caresForResidentId()).filter(Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(ResidentReference::id, ResidentReference::pseudonym));
        int thisYear = input.today().getYear();
        model.addAttribute("carer", carer);
        model.addAttribute("carerPseudonym", carer.residentId() == null ? null : pseudonyms.get(carer.residentId()));
        model.addAttribute("caredForPseudonym", carer.caresForResidentId() == null ? null
                : pseudonyms.get(carer.caresForResidentId()));
        model.addAttribute("years", Stream.of(thisYear - 1, thisYear, thisYear + 1)
                .map(y -> FormOption.of(String.valueOf(y), String.valueOf(y))).toList());
        model.addAttribute("channels", Arrays.stream(AppreciationChannel.values())
                .map(c -> FormOption.message(CodedValue.code(c), "carer.appreciation.how." + CodedValue.code(c)))
                .toList());
        model.addAttribute("consentForms", ConsentFields.forms());
        return "carers/detail";
    }

    private String carerForm(CurrentPage page, UUID chosenResident, Model model) {
        UUID village = page.village().map(VillageSummary::id).orElse(null);
        List<ResidentReference> choices = new ArrayList<>(village == null ? List.of()
                : residents.recentInVillage(village, RESIDENT_CHOICES));
        if (chosenResident != null && choices.stream().noneMatch(r -> r.id().equals(chosenResident))) {
            residents.findAccessible(List.of(chosenResident)).stream()
                    .filter(r -> r.villageId().equals(village)).forEach(r -> choices.addFirst(r));
        }
        List<FormOption> residentOptions = choices.stream()
                .map(r -> FormOption.of(r.id().toString(), input.text("carer.resident.option", r.pseudonym(),
                        r.initials()))).collect(Collectors.toCollection(ArrayList::new));
        List<FormOption> carerOptions = new ArrayList<>(residentOptions);
        carerOptions.add(FormOption.message("", "carer.field.resident.none"));
        List<FormOption> caredForOptions = new ArrayList<>(residentOptions);
        caredForOptions.add(FormOption.message("", "carer.field.cares-for-resident.none"));
        model.addAttribute("carerOptions", carerOptions);
        model.addAttribute("caredForOptions", caredForOptions);
        model.addAttribute("hasResidents", !residentOptions.isEmpty());
        model.addAttribute("relations", options(CaredForRelation.values(), "carer.relation."));
        model.addAttribute("burdens", options(Burden.values(), "carer.burden."));
        model.addAttribute("supportOptions", options(SupportOffered.values(), "carer.support."));
        model.addAttribute("referredOptions", List.of(FormOption.message("true", "carer.referred.yes"),
                FormOption.message("false", "carer.referred.no")));
        return "carers/new";
    }

    private static List<FormOption> options(Enum<?>[] values, String prefix) {
        return Arrays.stream(values).map(v -> FormOption.message(CodedValue.code(v), prefix + CodedValue.code(v)))
                .toList();
    }
}
