<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Fairstart::Cli</name>
    <message numerus="yes">
        <source>  (apparent: scored on the records the model was fitted on; AUC with pairs within a site exact at %1 of %n site(s), %2% of all pairs ordered exactly; error bound ±%3)
</source>
        <translation>
            <numerusform>  (apparent: scored on the records the model was fitted on; AUC with pairs within a site exact at %1 of %n site, %2% of all pairs ordered exactly; error bound ±%3)
</numerusform>
            <numerusform>  (apparent: scored on the records the model was fitted on; AUC with pairs within a site exact at %1 of %n sites, %2% of all pairs ordered exactly; error bound ±%3)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;withheld at %n site(s)&gt;</source>
        <translation>
            <numerusform>&lt;withheld at %n site&gt;</numerusform>
            <numerusform>&lt;withheld at %n sites&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The histograms are the decoded sums of %n more descriptives study(ies) of the same sites (%1; their signatures below).</source>
        <translation>
            <numerusform>The histograms are the decoded sums of one more descriptives study of the same sites (%1; its signatures below).</numerusform>
            <numerusform>The histograms are the decoded sums of %n more descriptives studies of the same sites (%1; their signatures below).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Studies of this run: %n, every one signed by every site.</source>
        <translation>
            <numerusform>Studies of this run: %n, signed by every site.</numerusform>
            <numerusform>Studies of this run: %n, every one signed by every site.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Studies of this run: %n; NOT every site&apos;s signature verified in: %1 (below says where). Do not rely on those results before the sites&apos; administrators have looked at them.</source>
        <translation>
            <numerusform>Studies of this run: %n; NOT every site&apos;s signature verified in: %1 (below says where). Do not rely on those results before the sites&apos; administrators have looked at them.</numerusform>
            <numerusform>Studies of this run: %n; NOT every site&apos;s signature verified in: %1 (below says where). Do not rely on those results before the sites&apos; administrators have looked at them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  (masked: pairs within a site exact at %1 of %n site(s), across sites from risk bins; no error bound)
</source>
        <translation>
            <numerusform>  (masked: pairs within a site exact at %1 of %n site, across sites from risk bins; no error bound)
</numerusform>
            <numerusform>  (masked: pairs within a site exact at %1 of %n sites, across sites from risk bins; no error bound)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  (the model was fitted elsewhere: scored on these sites&apos; records, not an apparent performance; AUC with pairs within a site exact at %1 of %n site(s), %2% of all pairs ordered exactly; error bound ±%3)
</source>
        <translation>
            <numerusform>  (the model was fitted elsewhere: scored on these sites&apos; records, not an apparent performance; AUC with pairs within a site exact at %1 of %n site, %2% of all pairs ordered exactly; error bound ±%3)
</numerusform>
            <numerusform>  (the model was fitted elsewhere: scored on these sites&apos; records, not an apparent performance; AUC with pairs within a site exact at %1 of %n sites, %2% of all pairs ordered exactly; error bound ±%3)
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fairstart::Client</name>
    <message numerus="yes">
        <source>model fitted at this site alone in %n round(s)</source>
        <translation>
            <numerusform>model fitted at this site alone in %n round</numerusform>
            <numerusform>model fitted at this site alone in %n rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Site %1 does not allow the plain mode, which a study of %n site(s) needs (masked sums hide a site&apos;s numbers only among three or more sites). Add sites, or ask the site whether its policy can allow plain studies.</source>
        <translation>
            <numerusform>Site %1 does not allow the plain mode, which a study of %n site needs (masked sums hide a site&apos;s numbers only among three or more sites). Add sites, or ask the site whether its policy can allow plain studies.</numerusform>
            <numerusform>Site %1 does not allow the plain mode, which a study of %n sites needs (masked sums hide a site&apos;s numbers only among three or more sites). Add sites, or ask the site whether its policy can allow plain studies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave-one-site-out validation needs at least %1 sites (each is held out in turn and the model fitted on the others, and the pooled measures need three held-out sites); %n site(s) were given. Add sites, or report the fit&apos;s apparent performance as apparent.</source>
        <translation>
            <numerusform>Leave-one-site-out validation needs at least %1 sites (each is held out in turn and the model fitted on the others, and the pooled measures need three held-out sites); %n site was given. Add sites, or report the fit&apos;s apparent performance as apparent.</numerusform>
            <numerusform>Leave-one-site-out validation needs at least %1 sites (each is held out in turn and the model fitted on the others, and the pooled measures need three held-out sites); %n sites were given. Add sites, or report the fit&apos;s apparent performance as apparent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n held-out site(s) gave results (%1; see their rows); pooling needs at least three, so no pooled measures are given.</source>
        <translation>
            <numerusform>Only %n held-out site gave results (%1; see their rows); pooling needs at least three, so no pooled measures are given.</numerusform>
            <numerusform>Only %n held-out sites gave results (%1; see their rows); pooling needs at least three, so no pooled measures are given.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pooled over %n held-out site(s); without the sites that gave no results (%1; see their rows).</source>
        <translation>
            <numerusform>Pooled over %n held-out site; without the sites that gave no results (%1; see their rows).</numerusform>
            <numerusform>Pooled over %n held-out sites; without the sites that gave no results (%1; see their rows).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 released no histogram of %2: a site withholds it when its cohort has too few records of the variable for bins of its minimum cell count beyond both tails. A pooled histogram without it would leave its records out, so none is drawn; the mean and SD above include every site.</source>
        <translation>
            <numerusform>%1 released no histogram of %2: a site withholds it when its cohort has too few records of the variable for bins of its minimum cell count beyond both tails. A pooled histogram without it would leave its records out, so none is drawn; the mean and SD above include every site.</numerusform>
            <numerusform>%1 released no histogram of %2: a site withholds it when its cohort has too few records of the variable for bins of its minimum cell count beyond both tails. A pooled histogram without it would leave its records out, so none is drawn; the mean and SD above include every site.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fairstart::Node</name>
    <message numerus="yes">
        <source>Accepted %n new peer(s) from %1 (a running server applies this from its next request).</source>
        <translation>
            <numerusform>Accepted %n new peer from %1 (a running server applies this from its next request).</numerusform>
            <numerusform>Accepted %n new peers from %1 (a running server applies this from its next request).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) already pinned with the same keys, left as they were.</source>
        <translation>
            <numerusform>%n entry already pinned with the same keys, left as it was.</numerusform>
            <numerusform>%n entries already pinned with the same keys, left as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fairstart::Ui</name>
    <message numerus="yes">
        <source>%1 of %n site(s)</source>
        <translation>
            <numerusform>%1 of %n site</numerusform>
            <numerusform>%1 of %n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort: %n filter(s)</source>
        <translation>
            <numerusform>Cohort: %n filter</numerusform>
            <numerusform>Cohort: %n filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n block(s)</source>
        <translation>
            <numerusform>Delete %n block</numerusform>
            <numerusform>Delete %n blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n block(s)</source>
        <translation>
            <numerusform>Paste %n block</numerusform>
            <numerusform>Paste %n blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) selected</source>
        <translation>
            <numerusform>%n block selected</numerusform>
            <numerusform>%n blocks selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before running</source>
        <translation>
            <numerusform>%n problem to fix before running</numerusform>
            <numerusform>%n problems to fix before running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to run (%n warning(s))</source>
        <translation>
            <numerusform>Ready to run (%n warning)</numerusform>
            <numerusform>Ready to run (%n warnings)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo federation: %n site(s). Designs are not saved until you create a workspace (File ▸ New Workspace).</source>
        <translation>
            <numerusform>Demo federation: %n site. Designs are not saved until you create a workspace (File ▸ New Workspace).</numerusform>
            <numerusform>Demo federation: %n sites. Designs are not saved until you create a workspace (File ▸ New Workspace).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies); the chain is intact.</source>
        <translation>
            <numerusform>%n entry; the chain is intact.</numerusform>
            <numerusform>%n entries; the chain is intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The calculation was learned from the information of many children at %n organisation(s). That information never left those organisations: only totals and averages were combined. Nobody involved saw the records of individual children.</source>
        <translation>
            <numerusform>The calculation was learned from the information of many children at %n organisation. That information never left those organisations: only totals and averages were combined. Nobody involved saw the records of individual children.</numerusform>
            <numerusform>The calculation was learned from the information of many children at %n organisations. That information never left those organisations: only totals and averages were combined. Nobody involved saw the records of individual children.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The children in the data of the %n participating organisation(s).</source>
        <translation>
            <numerusform>The children in the data of the %n participating organisation.</numerusform>
            <numerusform>The children in the data of the %n participating organisations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Built from %1 children at %n organisation(s) without their records leaving those organisations.</source>
        <translation>
            <numerusform>Built from %1 children at %n organisation without their records leaving those organisations.</numerusform>
            <numerusform>Built from %1 children at %n organisations without their records leaving those organisations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: the model converged in %n round(s).</source>
        <translation>
            <numerusform>Finished: the model converged in %n round.</numerusform>
            <numerusform>Finished: the model converged in %n rounds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asking %n site(s) for descriptives…</source>
        <translation>
            <numerusform>Asking %n site for descriptives…</numerusform>
            <numerusform>Asking %n sites for descriptives…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 by %n site(s): %2.</source>
        <translation>
            <numerusform>%1 by %n site: %2.</numerusform>
            <numerusform>%1 by %n sites: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The site would run this design: every rule it checks in advance passed (%n rule(s)).</source>
        <translation>
            <numerusform>The site would run this design: every rule it checks in advance passed (%n rule).</numerusform>
            <numerusform>The site would run this design: every rule it checks in advance passed (%n rules).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) would not run this design; see their rows for the rule and what to change. Nothing was computed.</source>
        <translation>
            <numerusform>%n site would not run this design; see its row for the rule and what to change. Nothing was computed.</numerusform>
            <numerusform>%n sites would not run this design; see their rows for the rule and what to change. Nothing was computed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The design has %n Evaluation blocks, but a run uses the settings of one: delete the others and keep the one whose settings you want.</source>
        <translation>
            <numerusform>The design has %n Evaluation block, but a run uses the settings of one: delete the others and keep the one whose settings you want.</numerusform>
            <numerusform>The design has %n Evaluation blocks, but a run uses the settings of one: delete the others and keep the one whose settings you want.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>withheld at %n site(s)</source>
        <translation>
            <numerusform>withheld at %n site</numerusform>
            <numerusform>withheld at %n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asking %n site(s) for masked descriptives…</source>
        <translation>
            <numerusform>Asking %n site for masked descriptives…</numerusform>
            <numerusform>Asking %n sites for masked descriptives…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n online site(s) lists a registered validation model. A site&apos;s administrator registers one with &apos;fairstart-node models add&apos;; check the sites again (F5) afterwards.</source>
        <translation>
            <numerusform>None of the %n online site lists a registered validation model. A site&apos;s administrator registers one with &apos;fairstart-node models add&apos;; check the sites again (F5) afterwards.</numerusform>
            <numerusform>None of the %n online sites list a registered validation model. A site&apos;s administrator registers one with &apos;fairstart-node models add&apos;; check the sites again (F5) afterwards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not pooled: %n held-out site(s) released this level; pooling needs at least three</source>
        <translation>
            <numerusform>not pooled: %n held-out site released this level; pooling needs at least three</numerusform>
            <numerusform>not pooled: %n held-out sites released this level; pooling needs at least three</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pooled (%n site(s))</source>
        <translation>
            <numerusform>Pooled (%n site)</numerusform>
            <numerusform>Pooled (%n sites)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asking %n site(s) for their histograms…</source>
        <translation>
            <numerusform>Asking %n site for its histograms…</numerusform>
            <numerusform>Asking %n sites for their histograms…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every site also signed the %n other study(ies) of this run (%1), and every signature verified (the table below, per study).</source>
        <translation>
            <numerusform>Every site also signed the %n other study of this run (%1), and every signature verified (the table below, per study).</numerusform>
            <numerusform>Every site also signed the %n other studies of this run (%1), and every signature verified (the table below, per study).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The study was masked: pairs of records within one site are ordered exactly at %1 of %n site(s), pairs across sites are estimated from the pooled risk bins, and no bound on that estimate&apos;s error exists.</source>
        <translation>
            <numerusform>The study was masked: pairs of records within one site are ordered exactly at %1 of %n site, pairs across sites are estimated from the pooled risk bins, and no bound on that estimate&apos;s error exists.</numerusform>
            <numerusform>The study was masked: pairs of records within one site are ordered exactly at %1 of %n sites, pairs across sites are estimated from the pooled risk bins, and no bound on that estimate&apos;s error exists.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort: complete cases of %n variable(s)</source>
        <translation>
            <numerusform>Cohort: complete cases of %n variable</numerusform>
            <numerusform>Cohort: complete cases of %n variables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort: %n filter(s), pinned</source>
        <translation>
            <numerusform>Cohort: %n filter, pinned</numerusform>
            <numerusform>Cohort: %n filters, pinned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The masked descriptives study ended without a result: %n site(s) refused or failed.</source>
        <translation>
            <numerusform>The masked descriptives study ended without a result: %n site refused or failed.</numerusform>
            <numerusform>The masked descriptives study ended without a result: %n sites refused or failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Funnel plot: it compares each area with the pooled rate of all, so it needs two or more areas that released this indicator; %n did.</source>
        <translation>
            <numerusform>Funnel plot: it compares each area with the pooled rate of all, so it needs two or more areas that released this indicator; %n did.</numerusform>
            <numerusform>Funnel plot: it compares each area with the pooled rate of all, so it needs two or more areas that released this indicator; %n did.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Table 1: the cohort pooled over %n site(s), masked — purpose %1</source>
        <translation>
            <numerusform>Table 1: the cohort pooled over %n site, masked — purpose %1</numerusform>
            <numerusform>Table 1: the cohort pooled over %n sites, masked — purpose %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>spline, %n knot(s)</source>
        <translation>
            <numerusform>spline, %n knot</numerusform>
            <numerusform>spline, %n knots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Describe the design&apos;s variables pooled over the %n sites, as a masked study: no site&apos;s own numbers are released, so there is no column per site.</source>
        <translation>
            <numerusform>Describe the design&apos;s variables pooled over the %n site, as a masked study: no site&apos;s own numbers are released, so there is no column per site.</numerusform>
            <numerusform>Describe the design&apos;s variables pooled over the %n sites, as a masked study: no site&apos;s own numbers are released, so there is no column per site.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n site(s) that computed it (%1) signed these coefficients.</source>
        <translation>
            <numerusform>The %n site that computed it (%1) signed these coefficients.</numerusform>
            <numerusform>The %n sites that computed it (%1) signed these coefficients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fairstart: %n error(s): no model file opens on this computer until they are corrected.</source>
        <translation>
            <numerusform>fairstart: %n error: no model file opens on this computer until it is corrected.</numerusform>
            <numerusform>fairstart: %n errors: no model file opens on this computer until they are corrected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n signer(s), no errors.</source>
        <translation>
            <numerusform>%1: %n signer, no errors.</numerusform>
            <numerusform>%1: %n signers, no errors.</numerusform>
        </translation>
    </message>
</context>
</TS>
