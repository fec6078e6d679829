"""The compare view's parts, one module each: pane, link band, highlighter, change list, outline, legend."""
