package nl.naober.platform.intakes;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.naober.kernel.ForbiddenActionException;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceConflictException;
import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.platform.consent.ConsentFields;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.web.CurrentPage;
import nl.naober.platform.web.FormErrors;
import nl.naober.platform.web.FormOption;
import nl.naober.platform.web.NotFoundPage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The supporter's "Wmo-meldingen" (her intakes, a draft started from a contact, saved, submitted
 * with the resident's consent or thrown away) and the municipal admin's "Wmo-termijnen". Every page
 * calls the same {@link IntakeService} methods as the API, so one validation, one mandate check,
 * one outbox and one audit trail apply; an intake outside her villages answers the 404 page.
 */
@Controller
@NotFoundPage("intakes/not-found")
class IntakePagesController {

    static final String PATH = "/wmo-meldingen";
    static final String DEADLINES = "/wmo-termijnen";
    /** The success messages a redirect may ask for ({@code ?gelukt=…}, the app keeps no session for a flash). */
    private static final Set<String> DONE = Set.of("opgeslagen", "ingediend", "verwijderd");

    private final IntakeService intakes;
    private final InputReader input;

    IntakePagesController(IntakeService intakes, InputReader input) {
        this.intakes = intakes;
        this.input = input;
    }

    @GetMapping(PATH)
    String list(@RequestParam(name = "gelukt", required = false) String done, Model model) {
        model.addAttribute("intakes", intakes.list(null));
        model.addAttribute("done", done(done));
        return "intakes/list";
    }

    /** The form to start a draft from one of her contacts; without a mandate the page says so instead. */
    @GetMapping(PATH + "/nieuw")
    String newIntake(@RequestParam(name = "contact", required = false) UUID contactId, Model model) {
        model.addAttribute(FormErrors.FORM, IntakeForm.empty());
        return newForm(start(contactId), model);
    }

    @PostMapping(PATH + "/concept")
    Object create(@RequestParam(name = "contactId", required = false) UUID contactId, IntakeForm form, Model model) {
        IntakeStart start = start(contactId);
        try {
            IntakeResponses.IntakeView intake = intakes.start(form.toDraft(start.contactId()));
            return "redirect:" + PATH + "/" + intake.id() + "?gelukt=opgeslagen";
        } catch (InvalidInputException e) {
            newForm(start, model);
            return FormErrors.rerender("intakes/new", form, e);
        } catch (ForbiddenActionException e) {
            // the mandate ended between opening the form and saving it
            model.addAttribute(FormErrors.FORM, form);
            ModelAndView page = new ModelAndView(newForm(new IntakeStart(start.contactId(), start.resident(),
                    java.util.Optional.empty()), model), HttpStatus.FORBIDDEN);
            page.addAllObjects(model.asMap());
            return page;
        }
    }

    @GetMapping(PATH + "/{intakeId}")
    String show(@PathVariable UUID intakeId, @RequestParam(name = "gelukt", required = false) String done,
            Model model) {
        IntakeResponses.IntakeView intake = intakes.show(intakeId);
        model.addAttribute(FormErrors.FORM, IntakeForm.of(intake));
        model.addAttribute("submission", freshSubmission());
        model.addAttribute("done", done(done));
        return detail(intake, model);
    }

    @PostMapping(PATH + "/{intakeId}/concept")
    Object update(@PathVariable UUID intakeId, IntakeForm form, Model model) {
        try {
            intakes.update(intakeId, form.toDraft(null));
            return "redirect:" + PATH + "/" + intakeId + "?gelukt=opgeslagen";
        } catch (InvalidInputException e) {
            model.addAttribute("submission", freshSubmission());
            detail(intakes.show(intakeId), model);
            return FormErrors.rerender("intakes/detail", form, e);
        } catch (ResourceConflictException e) {
            return conflict(intakeId, e, model);
        }
    }

    /** Submits the saved draft with the consent: every missing field named, nothing submitted, on any error. */
    @PostMapping(PATH + "/{intakeId}/indienen")
    Object submit(@PathVariable UUID intakeId, IntakeRequests.IntakeSubmission submission, Model model) {
        try {
            intakes.submit(intakeId, submission);
            return "redirect:" + PATH + "/" + intakeId + "?gelukt=ingediend";
        } catch (InvalidInputException e) {
            IntakeResponses.IntakeView intake = intakes.show(intakeId);
            model.addAttribute("submission", submission);
            model.addAttribute("submitRefused", true);
            detail(intake, model);
            return FormErrors.rerender("intakes/detail", IntakeForm.of(intake), e);
        } catch (ResourceConflictException e) {
            return conflict(intakeId, e, model);
        }
    }

    @PostMapping(PATH + "/{intakeId}/verwijderen")
    Object discard(@PathVariable UUID intakeId, Model model) {
        try {
            intakes.discard(intakeId);
            return "redirect:" + PATH + "?gelukt=verwijderd";
        } catch (ResourceConflictException e) {
            return conflict(intakeId, e, model);
        }
    }

    /** For the municipal admin: submitted intakes past or near a statutory deadline; no resident data. */
    @GetMapping(DEADLINES)
    String deadlines(Model model) {
        model.addAttribute("deadlines", intakes.nearDeadlines());
        return "intakes/deadlines";
    }

    private IntakeStart start(UUID contactId) {
        if (contactId == null) {
            throw new ResourceNotFoundException(input.text("intakes.contact.not-found"));
        }
        return intakes.startable(contactId);
    }

    private String newForm(IntakeStart start, Model model) {
        model.addAttribute("start", start);
        options(model);
        return "intakes/new";
    }

    /** A submitted intake no longer changes: its page, with the reason, as 409. */
    private ModelAndView conflict(UUID intakeId, ResourceConflictException e, Model model) {
        IntakeResponses.IntakeView intake = intakes.show(intakeId);
        model.addAttribute(FormErrors.FORM, IntakeForm.of(intake));
        model.addAttribute("submission", freshSubmission());
        model.addAttribute("conflict", e.getMessage());
        ModelAndView page = new ModelAndView(detail(intake, model), HttpStatus.CONFLICT);
        page.addAllObjects(model.asMap());
        return page;
    }

    private String detail(IntakeResponses.IntakeView intake, Model model) {
        model.addAttribute("intake", intake);
        options(model);
        return "intakes/detail";
    }

    private IntakeRequests.IntakeSubmission freshSubmission() {
        return new IntakeRequests.IntakeSubmission(ConsentFields.startingWith(
                input.text("intakes.page.consent.what-default"), input.text("intakes.page.consent.recipient-default"),
                input.today()));
    }

    private static void options(Model model) {
        model.addAttribute("lifeDomainOptions", Arrays.stream(LifeDomain.values())
                .map(d -> FormOption.message(CodedValue.code(d), "intakes.lifeDomain." + CodedValue.code(d))).toList());
        model.addAttribute("urgencyOptions", Arrays.stream(Urgency.values())
                .map(u -> FormOption.message(CodedValue.code(u), "intakes.urgency." + CodedValue.code(u))).toList());
        model.addAttribute("planOptions", List.of(FormOption.message(IntakeForm.YES, "intakes.page.field.plan.yes"),
                FormOption.message(IntakeForm.NO, "intakes.page.field.plan.no")));
        model.addAttribute("consentForms", ConsentFields.forms());
    }

    private static String done(String done) {
        return done != null && DONE.contains(done) ? done : null;
    }
}
