/** The two token screens: everyone's own tokens ({@code /tokens}) and the administrators' system tokens. */
package org.reportcycle.security.token.ui;
