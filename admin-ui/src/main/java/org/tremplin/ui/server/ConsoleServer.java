package org.tremplin.ui.server;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.eclipse.jetty.ee11.annotations.AnnotationConfiguration;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.ee11.webapp.Configuration;
import org.eclipse.jetty.ee11.webapp.MetaInfConfiguration;
import org.eclipse.jetty.ee11.webapp.WebAppContext;
import org.eclipse.jetty.ee11.webapp.WebInfConfiguration;
import org.eclipse.jetty.ee11.webapp.WebXmlConfiguration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The administration console's web server: an embedded Jetty (ee11) in the same JVM as the API,
 * on its own port ({@code tremplin.console.port}, 8081 by default; 0 for a free one), started and
 * stopped with the Micronaut context. Micronaut's own server cannot host a servlet here (see
 * {@code docs/stack.md}, "The web servers"). Off when {@code tremplin.console.enabled} is false.
 */
@Context
@Requires(property = "tremplin.console.enabled", notEquals = "false")
public final class ConsoleServer {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleServer.class);
    /** Jetty looks for Vaadin's initializers, routes and app shell only in these class path entries. */
    private static final String VAADIN_JARS = ".*/flow-[^/]*\\.jar$|.*/vaadin-[^/]*\\.jar$";

    private final ApplicationContext context;
    private final int requestedPort;
    private Server server;
    private Path baseDirectory;

    ConsoleServer(ApplicationContext context, @Value("${tremplin.console.port:8081}") int requestedPort) {
        this.context = context;
        this.requestedPort = requestedPort;
    }

    @PostConstruct
    void start() throws Exception {
        baseDirectory = Files.createTempDirectory("tremplin-console");
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setPort(requestedPort);
        jetty.addConnector(connector);

        WebAppContext webApp = new WebAppContext();
        webApp.setContextPath("/");
        webApp.setBaseResource(ResourceFactory.of(webApp).newResource(baseDirectory));
        // The ee11 web defaults declare a listener (IntrospectorCleaner) that fails here; nothing in them is needed.
        webApp.setDefaultsDescriptor(null);
        webApp.setConfigurations(new Configuration[] {
            new WebInfConfiguration(), new WebXmlConfiguration(), new MetaInfConfiguration(), new AnnotationConfiguration()
        });
        webApp.setAttribute(MetaInfConfiguration.CONTAINER_JAR_PATTERN, VAADIN_JARS + "|" + consoleClassesPattern());
        webApp.setAttribute(AnnotationConfiguration.SERVLET_CONTAINER_INITIALIZER_EXCLUSION_PATTERN, "org\\.atmosphere\\..*");
        webApp.setInitParameter("vaadin.productionMode", "true");
        // The console's servlet is registered below; Vaadin need not look for servlets to deploy.
        webApp.setInitParameter("disable.automatic.servlet.registration", "true");
        webApp.getSessionHandler().setHttpOnly(true);
        webApp.getSessionHandler().setMaxInactiveInterval(30 * 60);

        ServletHolder vaadin = new ServletHolder("console", new ConsoleServlet(context::getBean));
        vaadin.setInitParameter("productionMode", "true");
        vaadin.setAsyncSupported(true);
        webApp.addServlet(vaadin, "/*");
        // Vaadin answers every path: no need for Jetty's fallback servlet (which Vaadin's start-up cannot load).
        webApp.getServletHandler().setEnsureDefaultServlet(false);

        jetty.setHandler(webApp);
        jetty.setStopAtShutdown(false);
        jetty.start();
        server = jetty;
        LOG.info("Administration console on http://localhost:{}/", port());
    }

    /** The port the console listens on (the one chosen when 0 was asked for). */
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    @PreDestroy
    void stop() throws Exception {
        if (server != null) {
            server.stop();
            server = null;
        }
        if (baseDirectory != null) {
            Files.deleteIfExists(baseDirectory);
        }
    }

    /** The class path entry (folder or jar) that holds the console's own classes: its routes and app shell. */
    private static String consoleClassesPattern() throws URISyntaxException, IOException {
        Path location = Path.of(ConsoleServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return ".*" + Pattern.quote(location.toAbsolutePath().normalize().toString()) + "/?$";
    }
}
