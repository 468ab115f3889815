package pact.enforcement;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import pact.testsupport.Layering;

/**
 * The enforcement service keeps PACT's layering (see {@link Layering}). The statutory rules and
 * lifecycles are plain Java, so they read as the law and are tested without a container.
 */
@AnalyzeClasses(packages = "pact.enforcement", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule domain_code_speaks_no_http = Layering.domainSpeaksNoHttp("pact.enforcement.domain..");

    @ArchTest
    static final ArchRule rules_and_lifecycles_use_no_framework = Layering.plainRulesUseNoFramework(
            "pact.enforcement.domain.rules..", "pact.enforcement.domain.lifecycle..");

    @ArchTest
    static final ArchRule resources_leave_the_database_to_services = Layering.RESOURCES_LEAVE_THE_DATABASE_TO_SERVICES;
}
