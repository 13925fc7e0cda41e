package org.reportcycle;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** ReportCycle: the annual rule-of-law government report cycle, from draft to publication. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReportCycleApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReportCycleApplication.class, args);
    }
}
