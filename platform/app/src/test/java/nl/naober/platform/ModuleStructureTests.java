package nl.naober.platform;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModuleStructureTests {

    private final ApplicationModules modules = ApplicationModules.of(NaoberApplication.class);

    @Test
    void modulesRespectTheirBoundariesAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
