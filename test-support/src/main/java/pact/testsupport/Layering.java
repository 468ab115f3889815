package pact.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The layering every PACT service keeps, as ArchUnit rules: domain code speaks no HTTP, plain
 * rules use no framework at all, resources leave the database to services, and the gateway calls
 * services only through its fault-tolerant wrappers. A module's {@code LayeringTest} names its own
 * packages; the rules are the same everywhere.
 * ArchUnit reads the compiled classes, so an inline qualified name counts as much as an import.
 */
public final class Layering {

    /** HTTP in any form: JAX-RS, RESTEasy, Vert.x web, REST clients, the JDK's client. */
    static final String[] HTTP = {"jakarta.ws.rs..", "org.jboss.resteasy..", "io.vertx.core.http..",
        "io.vertx.ext.web..", "org.eclipse.microprofile.rest.client..", "io.quarkus.rest..", "io.quarkus.resteasy..",
        "java.net.http..", "pact..rest..", "pact..client.."};

    /** Frameworks and the service's outer layers: all but plain Java and plain libraries (geometry, JSON). */
    static final String[] FRAMEWORKS_AND_OUTER_LAYERS = {"jakarta..", "javax..", "io.quarkus..", "io.smallrye..",
        "io.vertx..", "org.hibernate..", "org.eclipse.microprofile..", "org.jboss..", "pact..rest..",
        "pact..service..", "pact..mapping..", "pact..client.."};

    /** The database in any form, and transactions, which the service layer owns. */
    static final String[] DATABASE = {"jakarta.persistence..", "jakarta.transaction..", "org.hibernate..",
        "io.agroal..", "javax.sql..", "java.sql..", "io.quarkus.hibernate.orm..", "io.quarkus.panache..",
        "io.quarkus.agroal.."};

    static final String REGISTER_REST_CLIENT = "org.eclipse.microprofile.rest.client.inject.RegisterRestClient";

    static final List<String> PANACHE_TYPES = List.of("io.quarkus.hibernate.orm.panache.PanacheEntityBase",
            "io.quarkus.hibernate.orm.panache.PanacheRepositoryBase");

    /** Panache's own methods, and finders named the Panache way ({@code findByWard}, {@code countOpen}). */
    static final Pattern PERSISTENCE_METHOD = Pattern.compile(
            "(find|list|stream|count|delete|exists|persist|update|flush|getEntityManager|getSession)([A-Z].*)?");

    /**
     * Resources map requests to a service call and its result to a response; queries, writes and
     * transactions belong to the service. Resources are the classes of a {@code rest} package and any
     * class carrying {@code @Path} elsewhere (Open311's, for one).
     */
    public static final ArchRule RESOURCES_LEAVE_THE_DATABASE_TO_SERVICES = noClasses()
            .that().resideInAPackage("..rest..").or().areAnnotatedWith("jakarta.ws.rs.Path")
            .should().dependOnClassesThat().resideInAnyPackage(DATABASE)
            .orShould().callMethodWhere(panachePersistence())
            .as("resources leave the database to services")
            .because("HTTP belongs to resources and the database to services: a resource that queries "
                    + "bypasses the service's transaction and rules");

    private Layering() {
    }

    /**
     * Domain code (entities, rules, algorithms) knows nothing of HTTP: no JAX-RS, no Vert.x web, no
     * REST client, no resource of the service itself.
     *
     * @param domainPackages ArchUnit package patterns such as {@code "pact.reports.domain.."}
     */
    public static ArchRule domainSpeaksNoHttp(String... domainPackages) {
        return noClasses().that().resideInAnyPackage(domainPackages)
                .should().dependOnClassesThat().resideInAnyPackage(HTTP)
                .as("domain code in " + String.join(", ", domainPackages) + " speaks no HTTP")
                .because("rules must hold whoever calls them; HTTP belongs to resources");
    }

    /**
     * Plain rules and algorithms use no framework, persistence or outer layer at all, so they read as
     * the law or the paper they cite and are tested without a container.
     *
     * @param rulePackages ArchUnit package patterns such as {@code "pact.enforcement.domain.rules.."}
     */
    public static ArchRule plainRulesUseNoFramework(String... rulePackages) {
        return noClasses().that().resideInAnyPackage(rulePackages)
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS_AND_OUTER_LAYERS)
                .as("plain rules in " + String.join(", ", rulePackages) + " use no framework")
                .because("they are tested as plain Java and read as the law or the method they cite");
    }

    /**
     * Callers of other services (the gateway's resolvers) reach them only through the wrappers that
     * carry timeout, retry, circuit breaker and fallback: never a bare REST client (an interface with
     * {@code @RegisterRestClient}) or an HTTP client of their own.
     *
     * @param callerPackages ArchUnit package patterns such as {@code "pact.gateway.graphql.."}
     */
    public static ArchRule servicesAreCalledThroughTheirWrappers(String... callerPackages) {
        return noClasses().that().resideInAnyPackage(callerPackages)
                .should().dependOnClassesThat().areAnnotatedWith(REGISTER_REST_CLIENT)
                .orShould().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs.client..", "java.net.http..",
                        "io.vertx.core.http..", "io.vertx.ext.web.client..")
                .as("code in " + String.join(", ", callerPackages) + " calls services through their wrappers")
                .because("a call past the wrapper escapes its timeout, circuit breaker and fallback");
    }

    static DescribedPredicate<JavaMethodCall> panachePersistence() {
        return new DescribedPredicate<>("a Panache persistence method (find, list, count, persist, delete, ...) "
                + "of an entity or repository") {
            @Override
            public boolean test(JavaMethodCall call) {
                JavaClass owner = call.getTargetOwner();
                return PANACHE_TYPES.stream().anyMatch(owner::isAssignableTo)
                        && PERSISTENCE_METHOD.matcher(call.getName()).matches();
            }
        };
    }
}
