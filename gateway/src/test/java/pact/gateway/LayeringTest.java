package pact.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import pact.testsupport.Layering;

/**
 * The gateway has no domain or database; its layering rule is that resolvers reach the services
 * only through the fault-tolerant wrappers in {@code client.Backends} (see {@link Layering}). The
 * tasking board's poll calls its own clients on purpose: it reports a failed poll as an event.
 */
@AnalyzeClasses(packages = "pact.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule resolvers_call_services_through_their_wrappers =
            Layering.servicesAreCalledThroughTheirWrappers("pact.gateway.graphql..");
}
