package org.optimusmotion.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture in DESIGN.md, enforced: dependencies point app -> physics -> optimizer, JavaFX
 * stays in the GUI, and the GUI and the command line are siblings that do not import each other.
 */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.optimusmotion");
    }

    @Test
    void optimizerKnowsNothingOfPhysicsOrApp() {
        noClasses().that().resideInAPackage("org.optimusmotion.optimizer..")
                .should().dependOnClassesThat().resideInAnyPackage("org.optimusmotion.physics..", "org.optimusmotion.app..")
                .check(classes);
    }

    @Test
    void physicsDoesNotDependOnApp() {
        noClasses().that().resideInAPackage("org.optimusmotion.physics..")
                .should().dependOnClassesThat().resideInAPackage("org.optimusmotion.app..")
                .check(classes);
    }

    @Test
    void onlyTheGuiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.optimusmotion.app.gui..")
                .and().resideInAPackage("org.optimusmotion..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void guiAndCommandLineDoNotImportEachOther() {
        noClasses().that().resideInAPackage("org.optimusmotion.app.gui..")
                .should().dependOnClassesThat().resideInAPackage("org.optimusmotion.app.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("org.optimusmotion.app.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.optimusmotion.app.gui..")
                .check(classes);
    }
}
