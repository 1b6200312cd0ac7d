package nl.naober.platform.profiles;

import java.time.Duration;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public pages (no login): the municipality's villages and each village's page with the
 * published profiles of its supporters, a link to its social map and to its contact form. Server
 * rendered without JavaScript, one h1, a description and a canonical address for search engines.
 * An unknown or archived village is the Dutch "not found" page, like any other unknown address.
 */
@Controller
class PublicVillagePagesController {

    /** The photo's address changes with the photo (its ETag in the query), so it may be kept long. */
    static final CacheControl PHOTO_CACHE = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();

    private final ProfileService profiles;
    private final MessageSource messages;

    PublicVillagePagesController(ProfileService profiles, MessageSource messages) {
        this.profiles = profiles;
        this.messages = messages;
    }

    @GetMapping(PublicPaths.MUNICIPALITY)
    ModelAndView municipality(@PathVariable String municipality) {
        ModelAndView page = new ModelAndView("profiles/municipality");
        page.addObject("villages", profiles.publicVillages());
        page.addObject("canonical", "/publiek/" + municipality);
        return page;
    }

    @GetMapping(PublicPaths.VILLAGE)
    ModelAndView village(@PathVariable String municipality, @PathVariable String village) {
        Optional<VillageSummary> found = profiles.publicVillage(village);
        if (found.isEmpty()) {
            return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        }
        ModelAndView page = new ModelAndView("profiles/village");
        String base = "/publiek/" + municipality + "/" + found.get().slug();
        page.addObject("village", found.get());
        List<ProfileService.PublicProfile> supporters = profiles.publishedFor(found.get());
        page.addObject("supporters", supporters);
        page.addObject("languages", supporters.stream().filter(s -> languages(s) != null)
                .collect(Collectors.toMap(ProfileService.PublicProfile::memberId, this::languages)));
        page.addObject("canonical", base);
        page.addObject("socialMapPath", base + "/sociale-kaart");
        page.addObject("contactPath", base + "/contact");
        // the annual reports (reporting module): last year's complete one, and this year so far
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).getYear();
        page.addObject("annualReports", java.util.List.of(
                new AnnualReportLink(year - 1, base + "/jaarverslag/" + (year - 1)),
                new AnnualReportLink(year, base + "/jaarverslag/" + year)));
        return page;
    }

    /** A link to one year's public annual report of the village. */
    record AnnualReportLink(int year, String path) {
    }

    /** The photo of a published profile, with its own ETag; a matching If-None-Match gets 304. */
    @GetMapping(PublicPaths.PHOTO)
    ResponseEntity<byte[]> photo(@PathVariable String municipality, @PathVariable UUID supporterId,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        Optional<ProfilePhotos.Photo> photo = profiles.publishedPhoto(supporterId);
        if (photo.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build();
        }
        String etag = "\"" + photo.get().etag() + "\"";
        if (ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("W/" + etag) || tag.equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(PHOTO_CACHE).build();
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).eTag(etag).cacheControl(PHOTO_CACHE)
                .body(photo.get().jpeg());
    }

    /** The languages she speaks in the reader's language, one line; {@code null} when she named none. */
    private String languages(ProfileService.PublicProfile profile) {
        List<String> names = new ArrayList<>(profile.languages().stream()
                .map(code -> messages.getMessage("profile.language." + code, null, LocaleContextHolder.getLocale()))
                .toList());
        if (profile.languagesOther() != null) {
            names.add(profile.languagesOther());
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }
}
