package nl.naober.platform.delivery;

import java.util.UUID;
import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.platform.input.InputReader;
import nl.naober.tenants.TenantContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The admin's "Mislukte verzendingen" with a retry button per delivery, and the configured channel. */
@Controller
class FailedDeliveriesPagesController {

    private final IntakeDeliveries deliveries;
    private final DeliveryProperties properties;
    private final InputReader input;

    FailedDeliveriesPagesController(IntakeDeliveries deliveries, DeliveryProperties properties, InputReader input) {
        this.deliveries = deliveries;
        this.properties = properties;
        this.input = input;
    }

    @GetMapping("/mislukte-verzendingen")
    String list(Model model) {
        model.addAttribute("failed", deliveries.failed());
        model.addAttribute("channel", properties.channelOf(TenantContext.require()).channel());
        return "delivery/failed";
    }

    @PostMapping("/mislukte-verzendingen/{intakeId}/opnieuw")
    String retry(@PathVariable UUID intakeId) {
        if (!deliveries.retry(intakeId)) {
            throw new ResourceNotFoundException(input.text("delivery.failed.not-found", intakeId));
        }
        return "redirect:/mislukte-verzendingen?opnieuw";
    }
}
