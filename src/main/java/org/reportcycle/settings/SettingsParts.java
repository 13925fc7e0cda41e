package org.reportcycle.settings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The parts of {@link ReportCycleSettings} that a feature takes on its own (its tests then build only that part).
 */
@Configuration(proxyBeanMethods = false)
class SettingsParts {

    @Bean
    ReportCycleSettings.Security securitySettings(ReportCycleSettings settings) {
        return settings.security();
    }

    @Bean
    ReportCycleSettings.Copies copySettings(ReportCycleSettings settings) {
        return settings.copies();
    }

    @Bean
    ReportCycleSettings.Signing signingSettings(ReportCycleSettings settings) {
        return settings.signing();
    }

    @Bean
    ReportCycleSettings.Robots robotSettings(ReportCycleSettings settings) {
        return settings.robots();
    }
}
