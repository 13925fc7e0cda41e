package org.reportcycle.testdata;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application on an in-memory H2 database for the browserless screen tests. One annotation, so every
 * screen test shares one cached application context.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:ui;DB_CLOSE_DELAY=-1",
            "reportcycle.demo.enabled=false",
            "flowable.async-executor-activate=false"
        })
public @interface UiSpringTest {}
