package org.reportcycle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.VaadinService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

/** The default run shows no development toolbar or popup; VAADIN_DEV_TOOLS=true brings them back. */
@UiSpringTest
class DevToolsOffTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    Environment env;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    void dev_tools_and_live_reload_are_off_by_default() {
        assertThat(env.getProperty("vaadin.devmode.devTools.enabled")).isEqualTo("false");
        assertThat(env.getProperty("vaadin.devmode.liveReload.enabled")).isEqualTo("false");

        Browserless.start(ctx, "nobody", false);
        DeploymentConfiguration config = VaadinService.getCurrent().getDeploymentConfiguration();
        assertThat(config.isDevToolsEnabled()).isFalse();
    }
}
