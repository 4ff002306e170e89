package com.aobsettlement.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * With AOB_WEB_USER and AOB_WEB_PASSWORD set, every path but /actuator/health needs them (HTTP Basic,
 * which browsers and Prometheus' basic_auth both speak); without them (allowed on a loopback address
 * only, the command line checks) the page is open to the local machine. Nothing served changes
 * anything: the application maps GET requests only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebSecurity {
    /** The page and the report files load nothing from anywhere and run no script; inline CSS and SVG only. */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    static boolean hasCredentials(String user, String password) {
        return !user.isBlank() && !password.isEmpty();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The one operator account; none without credentials (which also keeps Boot from generating a password). */
    @Bean
    UserDetailsService operators(@Value("${aob.web.user:}") String user, @Value("${aob.web.password:}") String password,
                                 PasswordEncoder encoder) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        if (hasCredentials(user, password)) {
            users.createUser(User.withUsername(user).password(encoder.encode(password)).roles("OPERATOR").build());
        }
        return users;
    }

    @Bean
    SecurityFilterChain operatorSecurity(HttpSecurity http, @Value("${aob.web.user:}") String user,
                                     @Value("${aob.web.password:}") String password) throws Exception {
        boolean secured = hasCredentials(user, password);
        http.authorizeHttpRequests(auth -> {
            auth.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
            if (secured) {
                auth.anyRequest().authenticated();
            } else {
                auth.anyRequest().permitAll();
            }
        });
        if (secured) {
            http.httpBasic(basic -> basic.realmName("AOB Settlement"));
        }
        http.formLogin(form -> form.disable()).logout(logout -> logout.disable()).requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
        return http.build();
    }
}
