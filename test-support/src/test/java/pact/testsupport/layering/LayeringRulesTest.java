package pact.testsupport.layering;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import pact.testsupport.Layering;
import pact.testsupport.layering.shop.client.Payments;
import pact.testsupport.layering.shop.client.PaymentsClient;
import pact.testsupport.layering.shop.domain.Order;
import pact.testsupport.layering.shop.domain.OrderReceipt;
import pact.testsupport.layering.shop.domain.OrderTotals;
import pact.testsupport.layering.shop.graphql.BadQueries;
import pact.testsupport.layering.shop.graphql.OrderQueries;
import pact.testsupport.layering.shop.open311.OpenOrdersResource;
import pact.testsupport.layering.shop.rest.BadResources;
import pact.testsupport.layering.shop.rest.OrderResource;
import pact.testsupport.layering.shop.rules.FreeDelivery;
import pact.testsupport.layering.shop.rules.ManagedDiscount;
import pact.testsupport.layering.shop.rules.QuotedDiscount;
import pact.testsupport.layering.shop.service.OrderService;

/**
 * The layering rules catch what they promise to: each runs on a fixture shop whose bad classes
 * break it in one way each, and passes the classes written as they should be.
 */
class LayeringRulesTest {
    static final ArchRule RESOURCES = Layering.RESOURCES_LEAVE_THE_DATABASE_TO_SERVICES;
    static final ArchRule DOMAIN = Layering.domainSpeaksNoHttp("pact.testsupport.layering.shop.domain..",
            "pact.testsupport.layering.shop.rules..");
    static final ArchRule RULES = Layering.plainRulesUseNoFramework("pact.testsupport.layering.shop.rules..");
    static final ArchRule WRAPPERS = Layering.servicesAreCalledThroughTheirWrappers(
            "pact.testsupport.layering.shop.graphql..");

    @Test
    void a_resource_that_calls_its_service_and_reads_entity_fields_keeps_the_rule() {
        RESOURCES.check(classes(OrderResource.class, OrderService.class, Order.class));
    }

    @Test
    void a_resource_that_calls_an_inherited_panache_finder_breaks_the_rule() {
        assertBreaks(RESOURCES, BadResources.InheritedFinder.class, "findById");
    }

    @Test
    void a_resource_that_calls_the_entitys_own_finder_breaks_the_rule() {
        assertBreaks(RESOURCES, BadResources.OwnFinder.class, "findByCustomer");
    }

    @Test
    void a_resource_that_persists_an_entity_breaks_the_rule() {
        assertBreaks(RESOURCES, BadResources.Writer.class, "persist");
    }

    @Test
    void a_resource_that_uses_the_entity_manager_breaks_the_rule() {
        assertBreaks(RESOURCES, BadResources.WithEntityManager.class, "jakarta.persistence.EntityManager");
    }

    @Test
    void a_resource_that_opens_a_jdbc_connection_by_qualified_names_breaks_the_rule() {
        assertBreaks(RESOURCES, BadResources.WithJdbc.class, "java.sql.Connection");
    }

    @Test
    void a_resource_that_opens_its_own_transaction_breaks_the_rule() {
        assertBreaks(RESOURCES, BadResources.OwnTransaction.class, "jakarta.transaction.Transactional");
    }

    @Test
    void a_resource_outside_a_rest_package_is_found_by_its_path_annotation() {
        assertBreaks(RESOURCES, OpenOrdersResource.class, "listAll");
    }

    @Test
    void entities_and_plain_domain_code_keep_the_domain_rule() {
        DOMAIN.check(classes(Order.class, OrderTotals.class, FreeDelivery.class));
    }

    @Test
    void domain_code_naming_an_http_status_inline_breaks_the_domain_rule() {
        assertBreaks(DOMAIN, OrderReceipt.class, "jakarta.ws.rs.core.Response");
    }

    @Test
    void a_plain_rule_reading_an_entity_keeps_the_rule() {
        RULES.check(classes(FreeDelivery.class));
    }

    @Test
    void a_plain_rule_made_a_cdi_bean_inline_breaks_the_rule() {
        assertBreaks(RULES, ManagedDiscount.class, "jakarta.enterprise.context.ApplicationScoped");
    }

    @Test
    void a_plain_rule_that_calls_the_service_layer_breaks_the_rule() {
        assertBreaks(RULES, QuotedDiscount.class, "OrderService");
    }

    @Test
    void a_resolver_that_calls_the_wrapper_keeps_the_rule() {
        WRAPPERS.check(classes(OrderQueries.class, Payments.class, PaymentsClient.class));
    }

    @Test
    void a_resolver_that_calls_the_bare_rest_client_breaks_the_rule() {
        assertBreaks(WRAPPERS, BadQueries.BareClient.class, PaymentsClient.class.getName());
    }

    @Test
    void a_resolver_that_opens_its_own_http_client_breaks_the_rule() {
        assertBreaks(WRAPPERS, BadQueries.OwnHttp.class, "java.net.http.HttpClient");
    }

    @Test
    void a_rule_that_finds_no_class_to_check_fails_so_a_renamed_package_is_noticed() {
        ArchRule nowhere = Layering.domainSpeaksNoHttp("pact.testsupport.layering.nowhere..");
        assertThrows(AssertionError.class, () -> nowhere.check(classes(Order.class)));
    }

    private static void assertBreaks(ArchRule rule, Class<?> offender, String offence) {
        EvaluationResult result = rule.evaluate(classes(offender));
        assertTrue(result.hasViolation(), rule.getDescription() + " let " + offender.getName() + " pass");
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(report.contains(offender.getName()), report);
        assertTrue(report.contains(offence), "the report should name " + offence + ":\n" + report);
        assertFalse(report.contains(OrderResource.class.getName()), report);
    }

    private static JavaClasses classes(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }
}
