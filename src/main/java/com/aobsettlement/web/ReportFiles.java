package com.aobsettlement.web;

import com.aobsettlement.AobSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The report files, read-only, under /reports/: Spring MVC's resource handling, which serves only files
 * inside the reports folder (it refuses "..", encoded and absolute paths, and paths that resolve outside
 * the folder) and never lists a folder. The reports are the application's own files; the
 * Content-Security-Policy still lets summary.html load nothing and run nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ReportFiles implements WebMvcConfigurer {
    static final String PATH = "/reports/";
    private final AobSettings settings;

    ReportFiles(AobSettings settings) {
        this.settings = settings;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(PATH + "**")
                .addResourceLocations(new FileSystemResource(settings.reportsDir().toString() + "/"))
                .setCacheControl(CacheControl.noCache());
    }
}
