package pact.reports;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import pact.testsupport.Layering;

/** The reports service keeps PACT's layering (see {@link Layering}). */
@AnalyzeClasses(packages = "pact.reports", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule domain_code_speaks_no_http = Layering.domainSpeaksNoHttp("pact.reports.domain..",
            "pact.reports.trigger..", "pact.reports.hotspots..", "pact.reports.geo..");

    @ArchTest
    static final ArchRule hotspot_statistics_and_geometry_use_no_framework = Layering.plainRulesUseNoFramework(
            "pact.reports.hotspots..", "pact.reports.geo..");

    @ArchTest
    static final ArchRule resources_leave_the_database_to_services = Layering.RESOURCES_LEAVE_THE_DATABASE_TO_SERVICES;
}
