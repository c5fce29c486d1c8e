package dev.switchboard;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of style.md hold: no forbidden dependency, no cycle. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(SwitchboardApplication.class);

    @Test
    void modulesDependOnlyOnWhatTheyMay() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagram() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
