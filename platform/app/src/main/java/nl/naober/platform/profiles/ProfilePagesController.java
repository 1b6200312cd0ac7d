package nl.naober.platform.profiles;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import nl.naober.kernel.InvalidInputException;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.web.CurrentPage;
import nl.naober.platform.web.FormErrors;
import nl.naober.platform.web.FormOption;
import nl.naober.tenants.TenantContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /mijn-profiel}: the supporter edits her public profile, uploads or removes her photo and
 * publishes it, with a link to the public page of each of her villages to see it as residents do.
 * The same service methods as the API, so the same checks and audit events apply.
 */
@Controller
class ProfilePagesController {

    static final String PATH = "/mijn-profiel";

    private final ProfileService profiles;

    ProfilePagesController(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GetMapping(PATH)
    String show(CurrentPage page, @RequestParam(name = "opgeslagen", required = false) String saved, Model model) {
        ProfileView profile = profiles.mine();
        model.addAttribute("saved", saved != null);
        model.addAttribute(FormErrors.FORM, ProfileForm.of(profile));
        return form(page, profile, model);
    }

    @PostMapping(PATH)
    Object save(CurrentPage page, ProfileForm form, Model model) {
        try {
            profiles.save(form.toChange());
            return "redirect:" + PATH + "?opgeslagen";
        } catch (InvalidInputException e) {
            model.addAttribute("saved", false);
            form(page, profiles.mine(), model);
            return FormErrors.rerender("profiles/mine", form, e);
        }
    }

    /** The photo as a multipart upload; the CSRF token rides in the action's query (see the template). */
    @PostMapping(PATH + "/foto")
    Object savePhoto(CurrentPage page, @RequestParam(name = "photo", required = false) MultipartFile photo,
            Model model) throws IOException {
        try {
            if (photo != null && photo.getSize() > ProfilePhotos.MAX_BYTES) {
                throw profiles.photoTooLarge();
            }
            profiles.savePhoto(photo == null ? new byte[0] : photo.getBytes());
            return "redirect:" + PATH + "?opgeslagen";
        } catch (InvalidInputException e) {
            ProfileView profile = profiles.mine();
            model.addAttribute("saved", false);
            form(page, profile, model);
            return FormErrors.rerender("profiles/mine", ProfileForm.of(profile), e);
        }
    }

    @PostMapping(PATH + "/foto/verwijderen")
    String removePhoto() {
        profiles.removePhoto();
        return "redirect:" + PATH + "?opgeslagen";
    }

    private String form(CurrentPage page, ProfileView profile, Model model) {
        model.addAttribute("profile", profile);
        model.addAttribute("languageOptions", Arrays.stream(Language.values())
                .map(l -> FormOption.message(CodedValue.code(l), "profile.language." + CodedValue.code(l))).toList());
        model.addAttribute("publishOptions", List.of(FormOption.message("true", "profile.field.published.option")));
        model.addAttribute("villages", page.villages());
        model.addAttribute("municipalitySlug", TenantContext.require().slug());
        return "profiles/mine";
    }
}
