<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Fairstart::Cli</name>
    <message>
        <source>The sites file (docs/cli.md).</source>
        <translation>Le fichier des sites (docs/cli.md).</translation>
    </message>
    <message>
        <source>Use only these sites of the sites file.</source>
        <translation>N&apos;utiliser que ces sites du fichier des sites.</translation>
    </message>
    <message>
        <source>The dataset name.</source>
        <translation>Le nom du jeu de données.</translation>
    </message>
    <message>
        <source>The purpose declared to every site (default: the one purpose all tokens share).</source>
        <translation>La finalité déclarée à chaque site (par défaut&#xa0;: la seule finalité commune à tous les jetons).</translation>
    </message>
    <message>
        <source>Output format: table (default), json or csv.</source>
        <translation>Format de sortie&#xa0;: table (par défaut), json ou csv.</translation>
    </message>
    <message>
        <source>Write the output to FILE instead of the terminal.</source>
        <translation>Écrire la sortie dans FILE au lieu du terminal.</translation>
    </message>
    <message>
        <source>Seconds a site may take for one request, retries included (default 120).</source>
        <translation>Nombre de secondes accordées à un site pour une requête, nouvelles tentatives comprises (120 par défaut).</translation>
    </message>
    <message>
        <source>Print each site&apos;s progress to stderr.</source>
        <translation>Afficher la progression de chaque site sur stderr.</translation>
    </message>
    <message>
        <source>Leave out a site that fails before the model rounds or in the evaluation instead of stopping; the result names it.</source>
        <translation>Écarter un site qui échoue avant les tours du modèle ou pendant l&apos;évaluation, au lieu de s&apos;arrêter&#xa0;; le résultat l&apos;indique.</translation>
    </message>
    <message>
        <source>How the sites&apos; statistics are summed: masked (only the sum over all sites can be read), plain, or auto (default: masked with three or more sites, else plain where every site allows it).</source>
        <translation>Comment les statistiques des sites sont additionnées&#xa0;: masked (seule la somme sur l&apos;ensemble des sites est lisible), plain, ou auto (par défaut&#xa0;: masked à partir de trois sites, sinon plain si chaque site l&apos;autorise).</translation>
    </message>
    <message>
        <source>note: %1 The keys are checked again at the next run.</source>
        <translation>remarque&#xa0;: %1 Les clés seront de nouveau vérifiées lors de la prochaine analyse.</translation>
    </message>
    <message>
        <source>note: recorded the study keys of %1 in %2; later runs refuse a site whose keys change.</source>
        <translation>remarque&#xa0;: les clés d&apos;étude de %1 ont été enregistrées dans %2&#xa0;; les analyses suivantes refuseront un site dont les clés changent.</translation>
    </message>
    <message>
        <source>cannot write %1 (%2)</source>
        <translation>impossible d&apos;écrire %1 (%2)</translation>
    </message>
    <message>
        <source>the sites&apos; tokens share no purpose; ask the sites for tokens with a common purpose</source>
        <translation>les jetons des sites n&apos;ont aucune finalité en commun&#xa0;; demandez aux sites des jetons avec une finalité commune</translation>
    </message>
    <message>
        <source>choose a purpose with --purpose; the tokens allow: %1</source>
        <translation>choisissez une finalité avec --purpose&#xa0;; les jetons autorisent&#xa0;: %1</translation>
    </message>
    <message>
        <source>min cohort %1, min cell %2, subset/complement %3, overlap %4, events per parameter %5, residual df %6, dominance %7 of top %8, rounds %9, jobs per day %10</source>
        <translation>cohorte min. %1, cellule min. %2, sous-groupe/complément %3, chevauchement %4, événements par paramètre %5, ddl résiduels %6, dominance %7 des %8 premiers, tours %9, tâches par jour %10</translation>
    </message>
    <message>
        <source>Checks every site: reachable, certificate pin, versions, datasets, your purposes and the site&apos;s policy.</source>
        <translation>Vérifie chaque site&#xa0;: accessibilité, empreinte épinglée du certificat, versions, jeux de données, vos finalités et la politique du site.</translation>
    </message>
    <message>
        <source>  (pin verified, %1 ms)</source>
        <translation>  (empreinte vérifiée, %1 ms)</translation>
    </message>
    <message>
        <source>            node %1 &quot;%2&quot;, engine %3, protocol %4
</source>
        <translation>            nœud %1 &quot;%2&quot;, moteur %3, protocole %4
</translation>
    </message>
    <message>
        <source>            user %1, purposes: %2; datasets: %3
</source>
        <translation>            utilisateur %1, finalités&#xa0;: %2&#xa0;; jeux de données&#xa0;: %3
</translation>
    </message>
    <message>
        <source>            policy: %1; study modes: %2
</source>
        <translation>            politique du site&#xa0;: %1&#xa0;; modes d&apos;étude&#xa0;: %2
</translation>
    </message>
    <message>
        <source>            study keys: new (signing %1), recorded
</source>
        <translation>            clés d&apos;étude&#xa0;: nouvelles (signature %1), enregistrées
</translation>
    </message>
    <message>
        <source>            study keys: as recorded (signing %1)
</source>
        <translation>            clés d&apos;étude&#xa0;: conformes à l&apos;enregistrement (signature %1)
</translation>
    </message>
    <message>
        <source>client: fairstart-cli %1, protocol %2, %3
</source>
        <translation>client&#xa0;: fairstart-cli %1, protocole %2, %3
</translation>
    </message>
    <message>
        <source>Lists the variables the sites offer (metadata only: types, levels, counts rounded by each site).</source>
        <translation>Liste les variables proposées par les sites (métadonnées uniquement&#xa0;: types, modalités, effectifs arrondis par chaque site).</translation>
    </message>
    <message>
        <source>Dataset %1 (sites: %2)
</source>
        <translation>Jeu de données %1 (sites&#xa0;: %2)
</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>variable</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>levels / label</source>
        <translation>modalités / libellé</translation>
    </message>
    <message>
        <source>  [only at %1]</source>
        <translation>  [uniquement sur %1]</translation>
    </message>
    <message>
        <source>Counts are the sum of each site&apos;s released counts (rounded to 10 by each site; &lt;withheld&gt; where a site suppressed a small count).
</source>
        <translation>Les effectifs sont la somme des effectifs publiés par chaque site (arrondis à 10 par chaque site&#xa0;; &lt;withheld&gt; lorsqu&apos;un site a masqué un petit effectif).
</translation>
    </message>
    <message>
        <source>The variables to describe.</source>
        <translation>Les variables à décrire.</translation>
    </message>
    <message>
        <source>--vars names no variable</source>
        <translation>--vars ne désigne aucune variable</translation>
    </message>
    <message>
        <source>pooled</source>
        <translation>tous sites confondus</translation>
    </message>
    <message>
        <source>n %1  missing %2  mean %3  SD %4
</source>
        <translation>n %1  manquants %2  moyenne %3  écart-type %4
</translation>
    </message>
    <message>
        <source>  missing %1
</source>
        <translation>  manquants %1
</translation>
    </message>
    <message>
        <source>Skip the evaluation (AUC, Brier score, calibration) of a binomial model.</source>
        <translation>Ne pas évaluer un modèle binomial (AUC, score de Brier, calibration).</translation>
    </message>
    <message>
        <source>Skip fitting the model at each site alone (the per-site estimates).</source>
        <translation>Ne pas ajuster le modèle sur chaque site séparément (les estimations par site).</translation>
    </message>
    <message>
        <source>An R-style model formula, e.g. &quot;y ~ a + log(b) + a:c&quot;; text columns are factors.</source>
        <translation>Une formule de modèle de style R, par ex. &quot;y ~ a + log(b) + a:c&quot;&#xa0;; les colonnes de texte sont des facteurs.</translation>
    </message>
    <message>
        <source>binomial (default), poisson or gaussian.</source>
        <translation>binomial (par défaut), poisson ou gaussian.</translation>
    </message>
    <message>
        <source>Fits a GLM across the sites (exactly the pooled fit) and at each site alone, then evaluates it: AUC with CI, Brier score, calibration, per site.</source>
        <translation>Ajuste un GLM sur l&apos;ensemble des sites (exactement l&apos;ajustement sur données regroupées) et sur chaque site séparément, puis l&apos;évalue&#xa0;: AUC avec IC, score de Brier, calibration, par site.</translation>
    </message>
    <message>
        <source>the formula cannot be read: %1</source>
        <translation>la formule est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>A design file (docs/cli.md, &quot;Design files&quot;).</source>
        <translation>Un fichier de conception (docs/cli.md, &quot;Design files&quot;).</translation>
    </message>
    <message>
        <source>Runs a saved design across the sites: the same as fit, with the model, dataset and purpose read from the design file.</source>
        <translation>Exécute une conception enregistrée sur l&apos;ensemble des sites&#xa0;: comme fit, mais le modèle, le jeu de données et la finalité sont lus dans le fichier de conception.</translation>
    </message>
    <message>
        <source>cannot read the design file %1 (%2)</source>
        <translation>impossible de lire le fichier de conception %1 (%2)</translation>
    </message>
    <message>
        <source>the design file %1 is not a JSON object: %2</source>
        <translation>le fichier de conception %1 n&apos;est pas un objet JSON&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;; allowed are %3</source>
        <translation>%1&#xa0;: champ inconnu &quot;%2&quot;&#xa0;; les champs autorisés sont %3</translation>
    </message>
    <message>
        <source>%1: give the model either as &quot;formula&quot; (with &quot;family&quot;) or as &quot;model&quot;, exactly one of them</source>
        <translation>%1&#xa0;: indiquez le modèle soit comme &quot;formula&quot; (avec &quot;family&quot;), soit comme &quot;model&quot;, mais pas les deux</translation>
    </message>
    <message>
        <source>%1: model.%2</source>
        <translation>%1&#xa0;: model.%2</translation>
    </message>
    <message>
        <source>%1: the formula cannot be read: %2</source>
        <translation>%1&#xa0;: la formule est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 names no dataset; add &quot;dataset&quot; or use --dataset</source>
        <translation>%1 ne désigne aucun jeu de données&#xa0;; ajoutez &quot;dataset&quot; ou utilisez --dataset</translation>
    </message>
    <message>
        <source>
Per-site estimates (the model fitted at each site alone; standard errors in parentheses):
</source>
        <translation>
Estimations par site (le modèle ajusté sur chaque site séparément&#xa0;; erreurs types entre parenthèses)&#xa0;:
</translation>
    </message>
    <message>
        <source>term</source>
        <translation>terme</translation>
    </message>
    <message>
        <source>  participants: %1
</source>
        <translation>  participants&#xa0;: %1
</translation>
    </message>
    <message>
        <source>manifest signature verified</source>
        <translation>signature du manifeste vérifiée</translation>
    </message>
    <message>
        <source>manifest signature NOT verified</source>
        <translation>signature du manifeste NON vérifiée</translation>
    </message>
    <message>
        <source>final β attested</source>
        <translation>β final attesté</translation>
    </message>
    <message>
        <source>final β NOT attested</source>
        <translation>β final NON attesté</translation>
    </message>
    <message>
        <source>Coefficients:
</source>
        <translation>Coefficients&#xa0;:
</translation>
    </message>
    <message>
        <source>(Dispersion parameter for gaussian family taken to be %1)

</source>
        <translation>(Paramètre de dispersion de la famille gaussian fixé à %1)

</translation>
    </message>
    <message>
        <source>(Dispersion parameter for %1 family taken to be 1)

</source>
        <translation>(Paramètre de dispersion de la famille %1 fixé à 1)

</translation>
    </message>
    <message>
        <source>    Null deviance: %1  on %2  degrees of freedom
</source>
        <translation>     Déviance nulle&#xa0;: %1  sur %2  degrés de liberté
</translation>
    </message>
    <message>
        <source>Residual deviance: %1  on %2  degrees of freedom
</source>
        <translation>Déviance résiduelle&#xa0;: %1  sur %2  degrés de liberté
</translation>
    </message>
    <message>
        <source>AIC: %1

</source>
        <translation>AIC&#xa0;: %1

</translation>
    </message>
    <message>
        <source>Number of Fisher Scoring iterations: %1  (%2 federated rounds in all)
</source>
        <translation>Nombre d&apos;itérations du score de Fisher&#xa0;: %1  (%2 tours fédérés au total)
</translation>
    </message>
    <message>
        <source>
Performance (pooled, n = %1, events = %2):
</source>
        <translation>
Performances (tous sites confondus, n = %1, événements = %2)&#xa0;:
</translation>
    </message>
    <message>
        <source>  AUC                    %1  (95% CI %2 to %3)
</source>
        <translation>  AUC                       %1  (IC à 95&#xa0;%&#xa0;: %2 à %3)
</translation>
    </message>
    <message>
        <source>  Brier score            %1  (scaled %2)
</source>
        <translation>  Score de Brier            %1  (normalisé&#xa0;: %2)
</translation>
    </message>
    <message>
        <source>  Calibration intercept  %1
</source>
        <translation>  Intercept de calibration  %1
</translation>
    </message>
    <message>
        <source>  Calibration slope      %1
</source>
        <translation>  Pente de calibration      %1
</translation>
    </message>
    <message>
        <source>  Observed/expected      %1
</source>
        <translation>  Observé/attendu           %1
</translation>
    </message>
    <message>
        <source>
Per site:
</source>
        <translation>
Par site&#xa0;:
</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>cohorte</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>IC à 95&#xa0;%</translation>
    </message>
    <message>
        <source>node</source>
        <translation>nœud</translation>
    </message>
    <message>
        <source>
Left out after a failure (--continue-without-failed): %1
</source>
        <translation>
Écartés après un échec (--continue-without-failed)&#xa0;: %1
</translation>
    </message>
    <message>
        <source>
Design %1
</source>
        <translation>
Conception du modèle %1
</translation>
    </message>
    <message>
        <source>%1 rounds in %2 ms; started %3, finished %4
</source>
        <translation>%1 tours en %2 ms&#xa0;; début %3, fin %4
</translation>
    </message>
    <message>
        <source>no command given; try &apos;fairstart-cli --help&apos;</source>
        <translation>aucune commande indiquée&#xa0;; essayez &apos;fairstart-cli --help&apos;</translation>
    </message>
    <message>
        <source>&apos;sites&apos; takes the subcommand &apos;check&apos;: fairstart-cli sites check --sites FILE</source>
        <translation>&apos;sites&apos; attend la sous-commande &apos;check&apos;&#xa0;: fairstart-cli sites check --sites FILE</translation>
    </message>
    <message>
        <source>Also write the workbench&apos;s PDF report of the run (A4) to this file (drawn by fairstart-report, installed with the workbench).</source>
        <translation>Écrire aussi le rapport PDF de l&apos;analyse de la Workbench (A4) dans ce fichier (produit par fairstart-report, installé avec la Workbench).</translation>
    </message>
    <message>
        <source>the PDF report is drawn by fairstart-report, which is installed with the workbench and was not found next to fairstart-cli (%1). Install the workbench, or write the run with --format json and open the report from it later with &apos;fairstart-report --out FILE.pdf RUN.json&apos;.</source>
        <translation>le rapport PDF est produit par fairstart-report, qui est installé avec la Workbench et n&apos;a pas été trouvé à côté de fairstart-cli (%1). Installez la Workbench, ou écrivez l&apos;analyse avec --format json et produisez-en le rapport plus tard avec &apos;fairstart-report --out FILE.pdf RUN.json&apos;.</translation>
    </message>
    <message>
        <source>fairstart-report (%1) could not be started: %2</source>
        <translation>fairstart-report (%1) n&apos;a pas pu être démarré&#xa0;: %2</translation>
    </message>
    <message>
        <source>fairstart-report did not finish the report within five minutes; nothing was written to %1.</source>
        <translation>fairstart-report n&apos;a pas terminé le rapport en cinq minutes&#xa0;; rien n&apos;a été écrit dans %1.</translation>
    </message>
    <message>
        <source>fairstart-report could not write the report (%1)</source>
        <translation>fairstart-report n&apos;a pas pu écrire le rapport (%1)</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Calibration slope</source>
        <translation>Pente de calibration</translation>
    </message>
    <message>
        <source>Calibration-in-the-large</source>
        <translation>Calibration globale</translation>
    </message>
    <message>
        <source>Observed/expected</source>
        <translation>Observé/attendu</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>seuil</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>treat all</source>
        <translation>traiter tous</translation>
    </message>
    <message>
        <source>treat none</source>
        <translation>ne traiter personne</translation>
    </message>
    <message>
        <source>± bound</source>
        <translation>± borne</translation>
    </message>
    <message>
        <source>Leave-one-site-out validation (internal–external cross-validation)
</source>
        <translation>Validation en excluant un site à la fois (validation croisée interne-externe)
</translation>
    </message>
    <message>
        <source>Model: %1
</source>
        <translation>Modèle&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Each site in turn is held out: the model is fitted on the other sites (the held-out site only observes that study) and evaluated on the held-out site&apos;s records.

</source>
        <translation>Chaque site est exclu à tour de rôle&#xa0;: le modèle est ajusté sur les autres sites (le site exclu ne fait qu&apos;observer cette étude) et évalué sur les enregistrements du site exclu.

</translation>
    </message>
    <message>
        <source>held out</source>
        <translation>exclu</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <source>slope</source>
        <translation>pente</translation>
    </message>
    <message>
        <source>CITL</source>
        <translation>CITL</translation>
    </message>
    <message>
        <source>trained on</source>
        <translation>ajusté sur</translation>
    </message>
    <message>
        <source>no result (%1): %2</source>
        <translation>aucun résultat (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Pooled over the held-out sites (random effects: REML, Knapp–Hartung 95% CI, 95% prediction interval; AUC on the logit scale, O/E on the log scale):
</source>
        <translation>Combiné sur les sites exclus (effets aléatoires&#xa0;: REML, IC à 95&#xa0;% de Knapp-Hartung, intervalle de prédiction à 95&#xa0;%&#xa0;; AUC sur l&apos;échelle logit, O/A sur l&apos;échelle log)&#xa0;:
</translation>
    </message>
    <message>
        <source>%1  (95% CI %2 to %3; PI %4 to %5; tau² %6; %7 sites)</source>
        <translation>%1  (IC à 95&#xa0;% de %2 à %3&#xa0;; IP de %4 à %5&#xa0;; tau² %6&#xa0;; %7 sites)</translation>
    </message>
    <message>
        <source>
Decision curve of the held-out predictions, all sites together (net benefit per record; treat when the risk is at least the threshold):
</source>
        <translation>
Courbe de décision des prédictions pour les sites exclus, tous sites confondus (bénéfice net par enregistrement&#xa0;; traiter lorsque le risque atteint au moins le seuil)&#xa0;:
</translation>
    </message>
    <message>
        <source>
Design %1 (the same for every held-out site)
</source>
        <translation>
Conception %1 (la même pour chaque site exclu)
</translation>
    </message>
    <message>
        <source>Risk thresholds for the decision curve and the threshold metrics, each strictly between 0 and 1 (fit: none; validate: 0.05 to 0.5 in steps of 0.05).</source>
        <translation>Seuils de risque pour la courbe de décision et les mesures à seuil, chacun strictement entre 0 et 1 (fit&#xa0;: aucun&#xa0;; validate&#xa0;: de 0,05 à 0,5 par pas de 0,05).</translation>
    </message>
    <message numerus="yes">
        <source>  (apparent: scored on the records the model was fitted on; AUC with pairs within a site exact at %1 of %n site(s), %2% of all pairs ordered exactly; error bound ±%3)
</source>
        <translation>
            <numerusform>  (apparent&#xa0;: évalué sur les enregistrements sur lesquels le modèle a été ajusté&#xa0;; AUC avec paires intra-site exacte sur %1 de %n site, %2&#xa0;% de toutes les paires ordonnées exactement&#xa0;; borne d&apos;erreur ±%3)
</numerusform>
            <numerusform>  (apparent&#xa0;: évalué sur les enregistrements sur lesquels le modèle a été ajusté&#xa0;; AUC avec paires intra-site exacte sur %1 de %n sites, %2&#xa0;% de toutes les paires ordonnées exactement&#xa0;; borne d&apos;erreur ±%3)
</numerusform>
        </translation>
    </message>
    <message>
        <source>
Decision curve, all sites (net benefit per record; treat when the risk is at least the threshold):
</source>
        <translation>
Courbe de décision, tous sites confondus (bénéfice net par enregistrement&#xa0;; traiter lorsque le risque atteint au moins le seuil)&#xa0;:
</translation>
    </message>
    <message>
        <source>Decision curve, %1:
</source>
        <translation>Courbe de décision, %1&#xa0;:
</translation>
    </message>
    <message>
        <source>binomial (default; validation needs two outcome classes).</source>
        <translation>binomial (par défaut&#xa0;; la validation nécessite une variable de résultat à deux classes).</translation>
    </message>
    <message>
        <source>Leave one site out: for each site, the model is fitted on all other sites and evaluated at that site (n, events, AUC, calibration slope and in-the-large, O/E, Brier score, decision curve); the measures are pooled with a random-effects meta-analysis. Needs three or more sites.</source>
        <translation>Exclure un site à la fois&#xa0;: pour chaque site, le modèle est ajusté sur tous les autres sites et évalué sur ce site (n, événements, AUC, pente de calibration et calibration globale, O/A, score de Brier, courbe de décision)&#xa0;; les mesures sont combinées par une méta-analyse à effets aléatoires. Nécessite au moins trois sites.</translation>
    </message>
    <message>
        <source>validate needs --family binomial: its measures (AUC, calibration, O/E, Brier score) are those of a risk model</source>
        <translation>validate nécessite --family binomial&#xa0;: ses mesures (AUC, calibration, O/A, score de Brier) sont celles d&apos;un modèle de risque</translation>
    </message>
    <message>
        <source>validate needs at least %1 sites (each is held out in turn, and the pooled measures need three); the sites file gives %2</source>
        <translation>validate nécessite au moins %1 sites (chacun est exclu à tour de rôle, et les mesures combinées en nécessitent trois)&#xa0;; le fichier des sites en donne %2</translation>
    </message>
    <message>
        <source>holding out %1 (%2 of %3)</source>
        <translation>exclusion de %1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation>Format de sortie&#xa0;: table (par défaut) ou json.</translation>
    </message>
    <message>
        <source>See &apos;fairstart-cli %1 --help&apos;.</source>
        <translation>Voir &apos;fairstart-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>--only names no site; name them as a,b</source>
        <translation>--only ne désigne aucun site&#xa0;; indiquez les sites sous la forme a,b</translation>
    </message>
    <message>
        <source>--subgroup evaluates a binomial model: it needs --family binomial and the evaluation (leave out --no-evaluation)</source>
        <translation>--subgroup évalue un modèle binomial&#xa0;: il nécessite --family binomial et l&apos;évaluation (retirez --no-evaluation)</translation>
    </message>
    <message>
        <source>%1: unknown &quot;family&quot; &apos;%2&apos;; use binomial, poisson or gaussian</source>
        <translation>%1&#xa0;: &quot;family&quot; inconnue &apos;%2&apos;&#xa0;; utilisez binomial, poisson ou gaussian</translation>
    </message>
    <message>
        <source>Registered validation model %1, dataset %2, %3 mode
</source>
        <translation>Modèle de validation enregistré %1, jeu de données %2, mode %3
</translation>
    </message>
    <message>
        <source>Design %1
</source>
        <translation>Conception %1
</translation>
    </message>
    <message>
        <source>  Calibration slope and intercept: not available for a registered model (the nodes run calibration studies only for a study&apos;s final β)
</source>
        <translation>  Pente et ordonnée à l&apos;origine de calibration&#xa0;: non disponibles pour un modèle enregistré (les nœuds n&apos;effectuent les études de calibration que pour le β final d&apos;une étude)
</translation>
    </message>
    <message>
        <source>n %1, AUC %2, Brier %3</source>
        <translation>n %1, AUC %2, Brier %3</translation>
    </message>
    <message>
        <source>Evaluate a validation model that the sites&apos; administrators registered (fairstart-node models add) on a dataset: AUC, Brier score, O/E, pooled (masked with three or more sites) or per site (plain). No β is sent: each site evaluates its own registered copy.</source>
        <translation>Évaluer sur un jeu de données un modèle de validation enregistré par les administrateurs des sites (fairstart-node models add)&#xa0;: AUC, score de Brier, O/A, combinés (masqués, avec trois sites ou plus) ou par site (en clair). Aucun β n&apos;est envoyé&#xa0;: chaque site évalue sa propre copie enregistrée.</translation>
    </message>
    <message>
        <source>The registered validation model, by the name or the hash (sha256:...) its sites registered it under.</source>
        <translation>Le modèle de validation enregistré, désigné par le nom ou l&apos;empreinte (sha256:...) sous lequel ses sites l&apos;ont enregistré.</translation>
    </message>
    <message>
        <source>Your copy of the registered model ({&quot;design&quot;, &quot;beta&quot;}, the file the sites registered). Needed for the masked mode; the β is never sent, only its hash is compared with what every site attests.</source>
        <translation>Votre copie du modèle enregistré ({&quot;design&quot;, &quot;beta&quot;}, le fichier que les sites ont enregistré). Nécessaire pour le mode masqué&#xa0;; le β n&apos;est jamais envoyé, seule son empreinte est comparée à ce que chaque site atteste.</translation>
    </message>
    <message>
        <source>evaluate needs --model NAME|HASH or --model-file FILE (see &apos;fairstart-cli evaluate --help&apos;)</source>
        <translation>evaluate nécessite --model NAME|HASH ou --model-file FILE (voir &apos;fairstart-cli evaluate --help&apos;)</translation>
    </message>
    <message>
        <source>Also evaluate the final model by subgroup (fairness): a categorical or binary catalogue variable such as sex or migration_background, a numeric one with --subgroup-edges (e.g. income_quintile), or &quot;site&quot;. Each site releases each cell under its own rules; withheld cells are shown as withheld.</source>
        <translation>Évaluer aussi le modèle final par sous-groupe (équité)&#xa0;: une variable catégorielle ou binaire du catalogue comme sex ou migration_background, une variable numérique avec --subgroup-edges (par ex. income_quintile), ou &quot;site&quot;. Chaque site publie chaque cellule selon ses propres règles&#xa0;; les cellules masquées sont affichées comme masquées.</translation>
    </message>
    <message>
        <source>--%1 needs a variable name from the catalogue; &apos;%2&apos; is not one.</source>
        <translation>--%1 nécessite un nom de variable du catalogue&#xa0;; &apos;%2&apos; n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>--subgroup-edges needs --subgroup VAR</source>
        <translation>--subgroup-edges nécessite --subgroup VAR</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>(missing/other)</source>
        <translation>(manquant/autre)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>withheld: %1</source>
        <translation>masqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>
Held-out site %1:</source>
        <translation>
Site exclu %1&#xa0;:</translation>
    </message>
    <message>
        <source>--thresholds takes risks strictly between 0 and 1 separated by commas, such as 0.1,0.2; &apos;%1&apos; is not one.</source>
        <translation>--thresholds attend des risques strictement compris entre 0 et 1, séparés par des virgules, comme 0.1,0.2&#xa0;; &apos;%1&apos; n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>--subgroup-edges takes 2 to 21 edges</source>
        <translation>--subgroup-edges attend de 2 à 21 bornes</translation>
    </message>
    <message numerus="yes">
        <source>&lt;withheld at %n site(s)&gt;</source>
        <translation>
            <numerusform>&lt;masqué sur %n site&gt;</numerusform>
            <numerusform>&lt;masqué sur %n sites&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset %1, purpose %2, %3 sites, cohort %4, mode masked (study %5: only the sum over the sites was decoded; no site&apos;s own numbers)

</source>
        <translation>Jeu de données %1, finalité %2, %3 sites, cohorte %4, mode masked (étude %5&#xa0;: seule la somme sur les sites a été décodée&#xa0;; aucun chiffre propre à un site)

</translation>
    </message>
    <message>
        <source>Per site: not available in masked mode (the sites released only the sum).
</source>
        <translation>Par site&#xa0;: non disponible en mode masqué (les sites n&apos;ont publié que la somme).
</translation>
    </message>
    <message>
        <source>Dataset %1, purpose %2, %3 sites, cohort %4, mode plain (each site&apos;s released numbers, added by this program)

</source>
        <translation>Jeu de données %1, finalité %2, %3 sites, cohorte %4, mode plain (les chiffres publiés par chaque site, additionnés par ce programme)

</translation>
    </message>
    <message>
        <source>fairstart-cli: %1; asking again in %2 s (attempt %3)</source>
        <translation>fairstart-cli&#xa0;: %1&#xa0;; nouvelle demande dans %2 s (tentative %3)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; the commands are sites check, catalogue, fit, run, describe, trends, validate and evaluate (see &apos;fairstart-cli --help&apos;)</source>
        <translation>commande inconnue &apos;%1&apos;&#xa0;; les commandes sont sites check, catalogue, fit, run, describe, trends, validate et evaluate (voir &apos;fairstart-cli --help&apos;)</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>The categorical or yes/no variables to count per period.</source>
        <translation>Les variables catégorielles ou oui/non à compter par période.</translation>
    </message>
    <message>
        <source>The numeric variable whose whole values are the periods (default birth_year).</source>
        <translation>La variable numérique dont les valeurs entières sont les périodes (par défaut birth_year).</translation>
    </message>
    <message>
        <source>The first period, included.</source>
        <translation>La première période, incluse.</translation>
    </message>
    <message>
        <source>The last period, included (at most 50 periods from --from).</source>
        <translation>La dernière période, incluse (au plus 50 périodes à partir de --from).</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2; give the first period with --from and the last with --to</source>
        <translation>--to %1 est antérieur à --from %2&#xa0;; indiquez la première période avec --from et la dernière avec --to</translation>
    </message>
    <message>
        <source>--from %1 --to %2 asks for %3 periods; the sites release at most %4 per trend: ask for a shorter span</source>
        <translation>--from %1 --to %2 demande %3 périodes&#xa0;; les sites publient au plus %4 périodes par tendance&#xa0;: demandez une plage plus courte</translation>
    </message>
    <message>
        <source>%1 answered %2 trends for %3 asked; update the node or ask its administrator</source>
        <translation>%1 a répondu par %2 tendances pour %3 demandées&#xa0;; mettez à jour le nœud ou interrogez son administrateur</translation>
    </message>
    <message>
        <source>Dataset %1, purpose %2, %3 sites, by %4 from %5 to %6
</source>
        <translation>Jeu de données %1, finalité %2, %3 sites, par %4 de %5 à %6
</translation>
    </message>
    <message>
        <source>withheld by the site (%1, rule %2): %3</source>
        <translation>masqué par le site (%1, règle %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>descriptives signed</source>
        <translation>statistiques descriptives signées</translation>
    </message>
    <message>
        <source>descriptives NOT signed</source>
        <translation>statistiques descriptives NON signées</translation>
    </message>
    <message>
        <source>Dataset %1, purpose %2, %3 sites, by %4 from %5 to %6, mode masked (study %7: only the sum over the sites was decoded; no site&apos;s own numbers)
</source>
        <translation>Jeu de données %1, finalité %2, %3 sites, par %4 de %5 à %6, mode masked (étude %7&#xa0;: seule la somme sur les sites a été décodée&#xa0;; aucun chiffre propre à un site)
</translation>
    </message>
    <message>
        <source>Counts of categorical or yes/no variables per year of birth, pooled (and per site in plain mode): the dashboard&apos;s trends. Each site releases a trend as one table under its disclosure rules; a cell withheld at a site is withheld in the pooled row as well. With three or more sites the trends are masked: only the sum over the sites is decoded.</source>
        <translation>Effectifs de variables catégorielles ou oui/non par année de naissance, tous sites confondus (et par site en mode plain)&#xa0;: les tendances du tableau de bord. Chaque site publie une tendance sous la forme d&apos;un tableau, selon ses règles de divulgation&#xa0;; une cellule masquée sur un site l&apos;est aussi dans la ligne tous sites confondus. Avec trois sites ou plus, les tendances sont calculées par masquage&#xa0;: seule la somme sur les sites est décodée.</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Histograms, pooled on the finest lattice common to every site (a cell is counted where its ends are edges of every site&apos;s histogram; no site&apos;s own histogram was decoded)</source>
        <translation>Histogrammes, tous sites confondus, sur la grille la plus fine commune à tous les sites (une cellule est comptée lorsque ses extrémités sont des bornes de l&apos;histogramme de chaque site&#xa0;; aucun histogramme propre à un site n&apos;a été décodé)</translation>
    </message>
    <message>
        <source>Histograms, pooled on the finest lattice common to every site (a cell is counted where its ends are edges of every site&apos;s released histogram; the sites&apos; histograms added by this program)</source>
        <translation>Histogrammes, tous sites confondus, sur la grille la plus fine commune à tous les sites (une cellule est comptée lorsque ses extrémités sont des bornes de l&apos;histogramme publié par chaque site&#xa0;; les histogrammes des sites sont additionnés par ce programme)</translation>
    </message>
    <message>
        <source>%1: the site&apos;s own edges (bins merged where its records are sparse), %2 records outside %3 to %4 (its tails, never released)</source>
        <translation>%1&#xa0;: bornes propres au site (intervalles fusionnés là où ses enregistrements sont peu nombreux), %2 enregistrements hors de la plage %3 à %4 (ses queues de distribution, jamais publiées)</translation>
    </message>
    <message>
        <source>%1: step %2, %3 records outside %4 to %5 (the sites&apos; tails, never released, and cells some site released only merged)</source>
        <translation>%1&#xa0;: pas %2, %3 enregistrements hors de la plage %4 à %5 (les queues de distribution des sites, jamais publiées, et les cellules qu&apos;un site n&apos;a publiées que fusionnées)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: step %2, %3 records outside %4 to %5 (%6): each site&apos;s tails, never released, and cells a site released only merged with a neighbour, where fewer than its minimum cell count of records lie</source>
        <translation>%1&#xa0;: pas %2, %3 enregistrements hors de la plage %4 à %5 (%6)&#xa0;: les queues de distribution de chaque site, jamais publiées, et les cellules qu&apos;un site n&apos;a publiées que fusionnées avec une voisine, car elles contiennent moins d&apos;enregistrements que son effectif minimal par cellule</translation>
    </message>
    <message>
        <source>Descriptives of variables, pooled over the sites and per site: n, missing, mean and SD, level counts, and the pooled histogram of each numeric variable on a lattice common to every site. Minimum and maximum are never released.</source>
        <translation>Statistiques descriptives des variables, tous sites confondus et par site&#xa0;: n, manquants, moyenne et écart-type, effectifs par modalité, et histogramme tous sites confondus de chaque variable numérique sur une grille commune à tous les sites. Le minimum et le maximum ne sont jamais publiés.</translation>
    </message>
    <message>
        <source>The sites&apos; histograms were not released (%1); the table is complete. Describe again for the histograms.</source>
        <translation>Les histogrammes des sites n&apos;ont pas été publiés (%1)&#xa0;; le tableau est complet. Relancez la description pour obtenir les histogrammes.</translation>
    </message>
    <message>
        <source>The cells of a numeric --subgroup variable: increasing edges, each an edge of every site&apos;s histogram of it (describe it to see them; a site refuses other numbers and names the nearest allowed ones). Cell i is [e_i, e_i+1); the records below the first edge and at or above the last are one more cell.</source>
        <translation>Les cellules d&apos;une variable --subgroup numérique&#xa0;: des bornes croissantes, chacune étant une borne de l&apos;histogramme de cette variable établi par chaque site (décrivez la variable pour les voir&#xa0;; un site refuse les autres nombres et indique les valeurs autorisées les plus proches). La cellule i est [e_i, e_i+1)&#xa0;; les enregistrements inférieurs à la première borne et ceux supérieurs ou égaux à la dernière forment une cellule supplémentaire.</translation>
    </message>
    <message>
        <source>--subgroup-edges takes increasing numbers separated by commas, such as 2,3,4,5; &apos;%1&apos; is not the next one.</source>
        <translation>--subgroup-edges attend des nombres croissants séparés par des virgules, comme 2,3,4,5&#xa0;; &apos;%1&apos; ne peut pas être le nombre suivant.</translation>
    </message>
    <message>
        <source>%1 %2 is a folder; give a file name.</source>
        <translation>%1 %2 est un dossier&#xa0;; indiquez un nom de fichier.</translation>
    </message>
    <message>
        <source>%1 %2: the folder %3 does not exist; create it or choose another path.</source>
        <translation>%1 %2&#xa0;: le dossier %3 n&apos;existe pas&#xa0;; créez-le ou choisissez un autre chemin.</translation>
    </message>
    <message>
        <source>%1 %2: you may not write there; choose another path.</source>
        <translation>%1 %2&#xa0;: vous n&apos;avez pas le droit d&apos;écrire à cet emplacement&#xa0;; choisissez un autre chemin.</translation>
    </message>
    <message numerus="yes">
        <source>The histograms are the decoded sums of %n more descriptives study(ies) of the same sites (%1; their signatures below).</source>
        <translation>
            <numerusform>Les histogrammes sont les sommes décodées de %n autre étude de statistiques descriptives des mêmes sites (%1&#xa0;; ses signatures ci-dessous).</numerusform>
            <numerusform>Les histogrammes sont les sommes décodées de %n autres études de statistiques descriptives des mêmes sites (%1&#xa0;; leurs signatures ci-dessous).</numerusform>
        </translation>
    </message>
    <message>
        <source>  study %1
</source>
        <translation>  étude %1
</translation>
    </message>
    <message>
        <source>  masked: each site&apos;s descriptives were masked; only the sum over all participants could be read.
</source>
        <translation>  mode masqué&#xa0;: les statistiques descriptives de chaque site ont été masquées&#xa0;; seule la somme sur l&apos;ensemble des participants pouvait être lue.
</translation>
    </message>
    <message>
        <source>  masked: each site&apos;s statistics were masked; only the sum over all participants could be read.
</source>
        <translation>  mode masqué&#xa0;: les statistiques de chaque site ont été masquées&#xa0;; seule la somme sur l&apos;ensemble des participants pouvait être lue.
</translation>
    </message>
    <message>
        <source>  plain: each site&apos;s statistics were sent in the clear.
</source>
        <translation>  mode en clair&#xa0;: les statistiques de chaque site ont été envoyées en clair.
</translation>
    </message>
    <message>
        <source>  observers (not contributing): %1
</source>
        <translation>  observateurs (sans contribution)&#xa0;: %1
</translation>
    </message>
    <message>
        <source>answer signed</source>
        <translation>réponse signée</translation>
    </message>
    <message>
        <source>answer NOT signed</source>
        <translation>réponse NON signée</translation>
    </message>
    <message>
        <source>  Every site signed this result.
</source>
        <translation>  Chaque site a signé ce résultat.
</translation>
    </message>
    <message>
        <source>  Not every site signed this result.
</source>
        <translation>  Les sites n&apos;ont pas tous signé ce résultat.
</translation>
    </message>
    <message numerus="yes">
        <source>Studies of this run: %n, every one signed by every site.</source>
        <translation>
            <numerusform>Étude de cette analyse&#xa0;: %n, signée par tous les sites.</numerusform>
            <numerusform>Études de cette analyse&#xa0;: %n, chacune signée par tous les sites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Studies of this run: %n; NOT every site&apos;s signature verified in: %1 (below says where). Do not rely on those results before the sites&apos; administrators have looked at them.</source>
        <translation>
            <numerusform>Étude de cette analyse&#xa0;: %n&#xa0;; les signatures des sites n&apos;ont PAS toutes été vérifiées dans&#xa0;: %1 (le détail figure ci-dessous). Ne vous fiez pas à ces résultats avant que les administrateurs des sites les aient examinés.</numerusform>
            <numerusform>Études de cette analyse&#xa0;: %n&#xa0;; les signatures des sites n&apos;ont PAS toutes été vérifiées dans&#xa0;: %1 (le détail figure ci-dessous). Ne vous fiez pas à ces résultats avant que les administrateurs des sites les aient examinés.</numerusform>
        </translation>
    </message>
    <message>
        <source>the fits at each site alone</source>
        <translation>les ajustements sur chaque site séparément</translation>
    </message>
    <message>
        <source>the evaluation (plain mode)</source>
        <translation>l&apos;évaluation (mode en clair)</translation>
    </message>
    <message>
        <source>Not studies: %1. The nodes&apos; answers to these came over each site&apos;s pinned connection and are not signed.</source>
        <translation>Hors études&#xa0;: %1. Les réponses des nœuds à ces requêtes sont arrivées via la connexion épinglée de chaque site et ne sont pas signées.</translation>
    </message>
    <message>
        <source>could not write the variable labels for the report to a temporary file (%1); check the free space of the temporary folder.</source>
        <translation>impossible d&apos;écrire les libellés des variables du rapport dans un fichier temporaire (%1)&#xa0;; vérifiez l&apos;espace libre du dossier temporaire.</translation>
    </message>
    <message>
        <source>
By subgroup: %1 (AUC and O/E pooled over the sites)
  Slope and CITL in the &quot;all&quot; rows: each site&apos;s own fit of the cell, combined by
  inverse-variance weights (fixed effect); not a fit on the pooled records.
</source>
        <translation>
Par sous-groupe&#xa0;: %1 (AUC et O/A combinés sur les sites)
  Pente et CITL dans les lignes &quot;all&quot;&#xa0;: l&apos;ajustement propre de chaque site pour la cellule, combiné par
  pondération par l&apos;inverse de la variance (effet fixe)&#xa0;; pas un ajustement sur les enregistrements regroupés.
</translation>
    </message>
    <message numerus="yes">
        <source>  (masked: pairs within a site exact at %1 of %n site(s), across sites from risk bins; no error bound)
</source>
        <translation>
            <numerusform>  (masqué&#xa0;: paires d&apos;un même site exactes sur %1 de %n site, entre sites d&apos;après les classes de risque&#xa0;; sans borne d&apos;erreur)
</numerusform>
            <numerusform>  (masqué&#xa0;: paires d&apos;un même site exactes sur %1 de %n sites, entre sites d&apos;après les classes de risque&#xa0;; sans borne d&apos;erreur)
</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <source>  (the model was fitted elsewhere: scored on these sites&apos; records, not an apparent performance; AUC with pairs within a site exact at %1 of %n site(s), %2% of all pairs ordered exactly; error bound ±%3)
</source>
        <translation>
            <numerusform>  (modèle ajusté ailleurs&#xa0;: évalué sur les enregistrements de ces sites, pas une performance apparente&#xa0;; AUC avec paires intra-site exacte sur %1 de %n site, %2&#xa0;% de toutes les paires ordonnées exactement&#xa0;; borne d&apos;erreur ±%3)
</numerusform>
            <numerusform>  (modèle ajusté ailleurs&#xa0;: évalué sur les enregistrements de ces sites, pas une performance apparente&#xa0;; AUC avec paires intra-site exacte sur %1 de %n sites, %2&#xa0;% de toutes les paires ordonnées exactement&#xa0;; borne d&apos;erreur ±%3)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Calibration slope and calibration-in-the-large: of the fit on the records it was fitted to, computed by this client from the fit study&apos;s last summed statistics (which every site signed), not by studies of their own. On those records a converged model with an intercept has slope 1 and intercept 0 up to the fit&apos;s tolerance; their standard errors come from the same sums.</source>
        <translation>Pente de calibration et calibration-in-the-large : de l&apos;ajustement sur les enregistrements sur lesquels il a été ajusté, calculées par ce client à partir des dernières statistiques sommées de l&apos;étude d&apos;ajustement (que chaque site a signées), et non par des études propres. Sur ces enregistrements, un modèle convergé avec constante a une pente de 1 et une constante de 0 à la tolérance de l&apos;ajustement près ; leurs erreurs standard viennent des mêmes sommes.</translation>
    </message>
    <message>
        <source>Fit on the records that have every one of these variables (and the model&apos;s own): a series of models that lists the variables of its largest model shares one cohort, which the sites&apos; differencing rule then allows.</source>
        <translation>Estimer sur les enregistrements qui ont chacune de ces variables (et celles du modèle)&#xa0;: une série de modèles qui indique les variables de son plus grand modèle partage une cohorte, que la règle de différenciation des sites accepte alors.</translation>
    </message>
    <message>
        <source>--complete-cases takes variable names separated by commas, such as birth_weight_g,apgar_5min; &apos;%1&apos; has an empty name</source>
        <translation>--complete-cases attend des noms de variables séparés par des virgules, comme birth_weight_g,apgar_5min&#xa0;; «&#xa0;%1&#xa0;» contient un nom vide</translation>
    </message>
    <message>
        <source>--complete-cases names &apos;%1&apos; twice; name each variable once</source>
        <translation>--complete-cases nomme «&#xa0;%1&#xa0;» deux fois&#xa0;; nommez chaque variable une seule fois</translation>
    </message>
    <message>
        <source>--complete-cases names %1 variables; at most %2 are allowed</source>
        <translation>--complete-cases nomme %1 variables&#xa0;; %2 au plus sont autorisées</translation>
    </message>
    <message>
        <source>%1 allows %2</source>
        <translation>%1 autorise %2</translation>
    </message>
    <message>
        <source>no purpose</source>
        <translation>aucune finalité</translation>
    </message>
    <message>
        <source>--purpose &apos;%1&apos; is not a purpose of your token at every site (%2), and the tokens share none; ask the sites for tokens with a common purpose</source>
        <translation>--purpose «&#xa0;%1&#xa0;» n&apos;est pas une finalité de votre jeton sur chaque site (%2), et les jetons n&apos;en partagent aucune&#xa0;; demandez aux sites des jetons ayant une finalité commune</translation>
    </message>
    <message>
        <source>--purpose &apos;%1&apos; is not a purpose of your token at every site (%2); use one the tokens share: %3</source>
        <translation>--purpose «&#xa0;%1&#xa0;» n&apos;est pas une finalité de votre jeton sur chaque site (%2)&#xa0;; utilisez-en une que les jetons partagent&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cohort: the complete cases of %1 and the model&apos;s variables

</source>
        <translation>Cohorte&#xa0;: les cas complets de %1 et des variables du modèle

</translation>
    </message>
    <message>
        <source>Usage: fairstart-cli COMMAND [options]

The Fairstart federation from a terminal: every number comes from the sites as an
aggregate that passed their disclosure checks; no record ever reaches this program.

Commands:
  sites check --sites FILE            reachability, pin, versions, policy of each site
  catalogue --sites FILE [--dataset NAME]
                                      the variables the sites offer
  fit --sites FILE --dataset NAME --formula &quot;y ~ a + b&quot; [--family F]
                                      a federated GLM with its performance
  run --sites FILE --design FILE.json the same for a saved design
  describe --sites FILE --dataset NAME --vars a,b,c
                                      pooled and per-site descriptives
  trends --sites FILE --dataset NAME --vars a,b --from YEAR --to YEAR
                                      counts per year of birth, pooled and per site
  validate --sites FILE --dataset NAME --formula &quot;y ~ a + b&quot;
                                      leave one site out: each site scores the
                                      model fitted on the others; pooled measures
  evaluate --sites FILE --dataset NAME --model NAME|HASH [--model-file FILE]
                                      a validation model the sites registered

&apos;fairstart-cli COMMAND --help&apos; lists a command&apos;s options. Exit codes: 0 success,
1 a site or the analysis failed (one line names the site and the reason), 2 wrong
usage or input. See docs/cli.md.

Options:
  -h, --help     this help
  --version      the version of this program, its protocol and libcurl
  --lang LANG    the language of the messages: en, nl, de or fr (default: the
                 system&apos;s); numbers, JSON and CSV are the same in every language
</source>
        <translation>Usage&#xa0;: fairstart-cli COMMAND [options]

La fédération Fairstart depuis un terminal&#xa0;: chaque nombre provient des sites sous la forme
d&apos;un agrégat qui a passé leurs contrôles de divulgation&#xa0;; aucun enregistrement n&apos;atteint jamais ce programme.

Commandes&#xa0;:
  sites check --sites FILE            accessibilité, épinglage, versions, politique de chaque site
  catalogue --sites FILE [--dataset NAME]
                                      les variables que les sites proposent
  fit --sites FILE --dataset NAME --formula &quot;y ~ a + b&quot; [--family F]
                                      un GLM fédéré avec ses performances
  run --sites FILE --design FILE.json la même chose pour une conception enregistrée
  describe --sites FILE --dataset NAME --vars a,b,c
                                      statistiques descriptives combinées et par site
  trends --sites FILE --dataset NAME --vars a,b --from YEAR --to YEAR
                                      effectifs par année de naissance, combinés et par site
  validate --sites FILE --dataset NAME --formula &quot;y ~ a + b&quot;
                                      exclure un site à la fois&#xa0;: chaque site évalue le
                                      modèle ajusté sur les autres&#xa0;; mesures combinées
  evaluate --sites FILE --dataset NAME --model NAME|HASH [--model-file FILE]
                                      un modèle de validation enregistré par les sites

&apos;fairstart-cli COMMAND --help&apos; liste les options d&apos;une commande. Codes de sortie&#xa0;: 0 succès,
1 un site ou l&apos;analyse a échoué (une ligne indique le site et la raison), 2 usage
ou entrée incorrects. Voir docs/cli.md.

Options&#xa0;:
  -h, --help     cette aide
  --version      la version de ce programme, de son protocole et de libcurl
  --lang LANGUE  la langue des messages&#xa0;: en, nl, de ou fr (par défaut&#xa0;: celle du
                 système)&#xa0;; nombres, JSON et CSV sont identiques dans toutes les langues
</translation>
    </message>
    <message>
        <source>unknown --lang &apos;%1&apos;; use one of: %2</source>
        <translation>--lang &apos;%1&apos; inconnue&#xa0;; utilisez l’une de&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Fairstart::Client</name>
    <message>
        <source>No sites were chosen; name at least one site.</source>
        <translation>Aucun site n&apos;a été choisi&#xa0;; indiquez au moins un site.</translation>
    </message>
    <message>
        <source>A run needs a dataset and a purpose; name both.</source>
        <translation>Une analyse nécessite un jeu de données et une finalité&#xa0;; indiquez les deux.</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>L&apos;analyse a été annulée.</translation>
    </message>
    <message>
        <source>left out after a failure in %1: %2</source>
        <translation>écarté après un échec à l&apos;étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The variable %1 has no spread across the sites&apos; cohorts, so it cannot be standardised or given spline knots; use it as is or leave it out.</source>
        <translation>La variable %1 ne varie pas dans les cohortes des sites&#xa0;: elle ne peut donc être ni standardisée ni munie de nœuds de spline&#xa0;; utilisez-la telle quelle ou retirez-la.</translation>
    </message>
    <message>
        <source>the node&apos;s design terms differ from the client&apos;s</source>
        <translation>les termes de la conception côté nœud diffèrent de ceux du client</translation>
    </message>
    <message>
        <source>the node&apos;s job terms differ from another site&apos;s</source>
        <translation>les termes de la tâche côté nœud diffèrent de ceux d&apos;un autre site</translation>
    </message>
    <message>
        <source>Site %1 speaks protocol version %2, this client version %3.0; update the older of the two.</source>
        <translation>Le site %1 utilise la version %2 du protocole, ce client la version %3.0&#xa0;; mettez à jour le plus ancien des deux.</translation>
    </message>
    <message>
        <source>Site %1 has no dataset &apos;%2&apos;; its datasets are: %3. Check the dataset name.</source>
        <translation>Le site %1 n&apos;a pas de jeu de données &apos;%2&apos;&#xa0;; ses jeux de données sont&#xa0;: %3. Vérifiez le nom du jeu de données.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Site %1 has no dataset &apos;%2&apos; for this purpose; its datasets are: %3. Check the dataset name and the purpose.</source>
        <translation>Le site %1 n&apos;a pas de jeu de données &apos;%2&apos; pour cette finalité&#xa0;; ses jeux de données sont&#xa0;: %3. Vérifiez le nom du jeu de données et la finalité.</translation>
    </message>
    <message>
        <source>Site %1 has no variable &apos;%2&apos; in dataset %3. Check the spelling with &apos;fairstart-cli catalogue&apos;, or leave the site out.</source>
        <translation>Le site %1 n&apos;a pas de variable &apos;%2&apos; dans le jeu de données %3. Vérifiez l&apos;orthographe avec &apos;fairstart-cli catalogue&apos;, ou écartez ce site.</translation>
    </message>
    <message>
        <source>The variable %1 is %2 at site %3 but %4 at site %5; the sites must agree on its type before it can be analysed together.</source>
        <translation>La variable %1 est de type %2 sur le site %3, mais de type %4 sur le site %5&#xa0;; les sites doivent s&apos;accorder sur son type avant qu&apos;elle puisse être analysée conjointement.</translation>
    </message>
    <message>
        <source>Site %1 sent an answer this client cannot read (%2). The node may run an incompatible version; compare the versions with &apos;fairstart-cli sites check&apos;.</source>
        <translation>Le site %1 a envoyé une réponse que ce client ne peut pas lire (%2). Le nœud exécute peut-être une version incompatible&#xa0;; comparez les versions avec &apos;fairstart-cli sites check&apos;.</translation>
    </message>
    <message>
        <source>not valid JSON at character %1 (%2); a sites file looks like {&quot;sites&quot;: [{&quot;name&quot;: …, &quot;url&quot;: …, &quot;pin&quot;: …, &quot;token&quot;: …}]}.</source>
        <translation>JSON non valide au caractère %1 (%2)&#xa0;; un fichier des sites se présente ainsi&#xa0;: {&quot;sites&quot;: [{&quot;name&quot;: …, &quot;url&quot;: …, &quot;pin&quot;: …, &quot;token&quot;: …}]}.</translation>
    </message>
    <message>
        <source>no &quot;sites&quot; list; a sites file looks like {&quot;sites&quot;: [{&quot;name&quot;: …, &quot;url&quot;: …, &quot;pin&quot;: …, &quot;token&quot;: …}]}.</source>
        <translation>pas de liste &quot;sites&quot;&#xa0;; un fichier des sites se présente ainsi&#xa0;: {&quot;sites&quot;: [{&quot;name&quot;: …, &quot;url&quot;: …, &quot;pin&quot;: …, &quot;token&quot;: …}]}.</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; only &quot;sites&quot; is allowed.</source>
        <translation>champ inconnu &quot;%1&quot;&#xa0;; seul &quot;sites&quot; est autorisé.</translation>
    </message>
    <message>
        <source>the &quot;sites&quot; list is empty; add at least one site.</source>
        <translation>la liste &quot;sites&quot; est vide&#xa0;; ajoutez au moins un site.</translation>
    </message>
    <message>
        <source>: not an object with name, url, pin and token.</source>
        <translation>: ce n&apos;est pas un objet avec name, url, pin et token.</translation>
    </message>
    <message>
        <source>: must be a string.</source>
        <translation>: doit être une chaîne de caractères.</translation>
    </message>
    <message>
        <source>: give either token or token_env, not both.</source>
        <translation>: indiquez soit token, soit token_env, pas les deux.</translation>
    </message>
    <message>
        <source>: the environment variable %1 (token_env) is not set; set it to the site&apos;s token.</source>
        <translation>: la variable d&apos;environnement %1 (token_env) n&apos;est pas définie&#xa0;; donnez-lui pour valeur le jeton du site.</translation>
    </message>
    <message>
        <source>: the name %1 is used twice; give every site its own name.</source>
        <translation>: le nom %1 est utilisé deux fois&#xa0;; donnez à chaque site un nom distinct.</translation>
    </message>
    <message>
        <source>Cannot read the sites file %1 (%2); check the path given with --sites.</source>
        <translation>Impossible de lire le fichier des sites %1 (%2)&#xa0;; vérifiez le chemin indiqué avec --sites.</translation>
    </message>
    <message>
        <source>The sites file %1 is larger than 16 MiB; it is not a sites file.</source>
        <translation>Le fichier des sites %1 dépasse 16 MiB&#xa0;; ce n&apos;est pas un fichier des sites.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2).</source>
        <translation>Impossible d&apos;écrire %1 (%2).</translation>
    </message>
    <message>
        <source>There is no site named &apos;%1&apos; in the sites file; the sites are: %2.</source>
        <translation>Il n&apos;y a pas de site nommé &apos;%1&apos; dans le fichier des sites&#xa0;; les sites sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Site %1 refused the request (rule %2): %3</source>
        <translation>Le site %1 a refusé la requête (règle %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Site %1 answered HTTP %2 (%3): %4</source>
        <translation>Le site %1 a répondu HTTP %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>The request to site %1 was cancelled.</source>
        <translation>La requête au site %1 a été annulée.</translation>
    </message>
    <message>
        <source>Site %1 has no certificate pin, so its identity cannot be checked; nothing was sent. Add the pin (sha256//…) that the site&apos;s administrator printed with &apos;fairstart-node pin&apos;.</source>
        <translation>Le site %1 n&apos;a pas d&apos;empreinte épinglée de certificat&#xa0;: son identité ne peut donc pas être vérifiée&#xa0;; rien n&apos;a été envoyé. Ajoutez l&apos;empreinte (sha256//…) que l&apos;administrateur du site a affichée avec &apos;fairstart-node pin&apos;.</translation>
    </message>
    <message>
        <source>The pin of site %1 is not of the form sha256//&lt;44 characters of base64&gt;; nothing was sent. Copy the pin exactly as &apos;fairstart-node pin&apos; prints it.</source>
        <translation>L&apos;empreinte épinglée du site %1 n&apos;a pas la forme attendue sha256//&lt;44 characters of base64&gt; (44 caractères base64)&#xa0;; rien n&apos;a été envoyé. Copiez l&apos;empreinte exactement comme &apos;fairstart-node pin&apos; l&apos;affiche.</translation>
    </message>
    <message>
        <source>The address of site %1 is not an https:// URL with a host; nothing was sent. Use the https address the site&apos;s administrator gave you.</source>
        <translation>L&apos;adresse du site %1 n&apos;est pas une URL https:// avec un nom d&apos;hôte&#xa0;; rien n&apos;a été envoyé. Utilisez l&apos;adresse https que l&apos;administrateur du site vous a donnée.</translation>
    </message>
    <message>
        <source>Internal error: a request path must start with &apos;/&apos;.</source>
        <translation>Erreur interne&#xa0;: un chemin de requête doit commencer par &apos;/&apos;.</translation>
    </message>
    <message>
        <source>Site %1 did not answer within %2 s. Check that the node is running and reachable, or allow more time (--timeout).</source>
        <translation>Le site %1 n&apos;a pas répondu dans les %2 s. Vérifiez que le nœud est en marche et accessible, ou accordez plus de temps (--timeout).</translation>
    </message>
    <message>
        <source>The node answered HTTP %1 without a readable error. Check that the address points to a Fairstart node.</source>
        <translation>Le nœud a répondu HTTP %1 sans message d&apos;erreur lisible. Vérifiez que l&apos;adresse pointe bien vers un nœud Fairstart.</translation>
    </message>
    <message>
        <source>The certificate of site %1 does not match its pin: someone may be intercepting the connection, or the node was re-initialised. Check the pin with the site&apos;s administrator.</source>
        <translation>Le certificat du site %1 ne correspond pas à son empreinte épinglée&#xa0;: quelqu&apos;un intercepte peut-être la connexion, ou le nœud a été réinitialisé. Vérifiez l&apos;empreinte avec l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>Site %1 did not answer in time (%2). Check that the node is running and reachable, or allow more time (--timeout).</source>
        <translation>Le site %1 n&apos;a pas répondu à temps (%2). Vérifiez que le nœud est en marche et accessible, ou accordez plus de temps (--timeout).</translation>
    </message>
    <message>
        <source>Could not connect to site %1 (%2). Check that the node is running and that the address %3 is right.</source>
        <translation>Impossible de se connecter au site %1 (%2). Vérifiez que le nœud est en marche et que l&apos;adresse %3 est correcte.</translation>
    </message>
    <message>
        <source>The host name of site %1 could not be resolved (%2). Check the address %3 and your network or proxy settings.</source>
        <translation>Le nom d&apos;hôte du site %1 n&apos;a pas pu être résolu (%2). Vérifiez l&apos;adresse %3 et vos paramètres de réseau ou de proxy.</translation>
    </message>
    <message>
        <source>Site %1 sent an answer larger than %2 MiB, which no Fairstart answer is; the request was stopped. Check the site&apos;s address.</source>
        <translation>Le site %1 a envoyé une réponse de plus de %2 MiB, ce qu&apos;aucune réponse Fairstart n&apos;atteint&#xa0;; la requête a été interrompue. Vérifiez l&apos;adresse du site.</translation>
    </message>
    <message>
        <source>No secure connection to site %1 could be established (%2). Check that the address is the node&apos;s https address.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec le site %1 (%2). Vérifiez que l&apos;adresse est bien l&apos;adresse https du nœud.</translation>
    </message>
    <message>
        <source>The connection to site %1 broke off (%2). Check that the node is still running, then try again.</source>
        <translation>La connexion avec le site %1 a été interrompue (%2). Vérifiez que le nœud est toujours en marche, puis réessayez.</translation>
    </message>
    <message>
        <source>The request to site %1 failed (%2). Check the address and your network, then try again.</source>
        <translation>La requête au site %1 a échoué (%2). Vérifiez l&apos;adresse et votre réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>At this site alone the outcome is perfectly or almost perfectly predicted by %1 (separation): its own estimates drift to infinity, so none are shown.</source>
        <translation>Sur ce site seul, la variable de résultat est parfaitement ou presque parfaitement prédite par %1 (séparation)&#xa0;: ses propres estimations tendent vers l&apos;infini, elles ne sont donc pas affichées.</translation>
    </message>
    <message>
        <source>At this site alone the term(s) %1 do not vary (a level no record here has, or a constant), so the model cannot be fitted to this site&apos;s data by itself.</source>
        <translation>Sur ce site seul, le ou les termes %1 ne varient pas (une modalité qu&apos;aucun enregistrement n&apos;a ici, ou une constante)&#xa0;; le modèle ne peut donc pas être ajusté aux seules données de ce site.</translation>
    </message>
    <message>
        <source>At this site alone the design is singular, so the model cannot be fitted to this site&apos;s data by itself.</source>
        <translation>Sur ce site seul, la matrice du modèle est singulière&#xa0;; le modèle ne peut donc pas être ajusté aux seules données de ce site.</translation>
    </message>
    <message>
        <source>At this site alone the term(s) %1 are exact combinations of other terms, so the model cannot be fitted to this site&apos;s data by itself.</source>
        <translation>Sur ce site seul, le ou les termes %1 sont des combinaisons exactes d&apos;autres termes&#xa0;; le modèle ne peut donc pas être ajusté aux seules données de ce site.</translation>
    </message>
    <message>
        <source>The fit at this site alone gave numbers that are not finite (a fitted value overflowed), so no estimates are shown.</source>
        <translation>L&apos;ajustement sur ce site seul a donné des nombres non finis (une valeur ajustée a débordé), aucune estimation n&apos;est donc affichée.</translation>
    </message>
    <message>
        <source>The model could not be fitted at this site alone: %1</source>
        <translation>Le modèle n&apos;a pas pu être ajusté sur ce site seul&#xa0;: %1</translation>
    </message>
    <message>
        <source>The fit at this site alone stopped: %1</source>
        <translation>L&apos;ajustement sur ce site seul s&apos;est arrêté&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>model fitted at this site alone in %n round(s)</source>
        <translation>
            <numerusform>modèle ajusté sur ce site seul en %n tour</numerusform>
            <numerusform>modèle ajusté sur ce site seul en %n tours</numerusform>
        </translation>
    </message>
    <message>
        <source>The fit at this site alone did not converge within the rounds the site allows.</source>
        <translation>L&apos;ajustement sur ce site seul n&apos;a pas convergé dans le nombre de tours que le site autorise.</translation>
    </message>
    <message>
        <source>Site %1 failed the client&apos;s check of the study: %2. The study was stopped and nothing more was released; run it again, and if this repeats, tell the site&apos;s administrator.</source>
        <translation>Le site %1 n&apos;a pas passé la vérification de l&apos;étude par le client&#xa0;: %2. L&apos;étude a été arrêtée et plus rien n&apos;a été publié&#xa0;; relancez-la et, si cela se reproduit, prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>it opened its job for another study (%1, not %2)</source>
        <translation>il a ouvert sa tâche pour une autre étude (%1 et non %2)</translation>
    </message>
    <message>
        <source>its job&apos;s design hash %1 differs from the manifest&apos;s %2</source>
        <translation>l&apos;empreinte de conception %1 de sa tâche diffère de celle du manifeste (%2)</translation>
    </message>
    <message>
        <source>its signature of the study&apos;s manifest does not verify with its pinned signing key</source>
        <translation>sa signature du manifeste de l&apos;étude ne se vérifie pas avec sa clé de signature épinglée</translation>
    </message>
    <message>
        <source>manifest signed, cohort of %1 records</source>
        <translation>manifeste signé, cohorte de %1 enregistrements</translation>
    </message>
    <message>
        <source>it armed another study or job (%1, job %2)</source>
        <translation>il a activé une autre étude ou tâche (%1, tâche %2)</translation>
    </message>
    <message>
        <source>it verified the signatures of %1, the study&apos;s participants are %2</source>
        <translation>il a vérifié les signatures de %1, alors que les participants de l&apos;étude sont %2</translation>
    </message>
    <message>
        <source>every participant&apos;s signature verified</source>
        <translation>signature de chaque participant vérifiée</translation>
    </message>
    <message>
        <source>it answered &apos;%1&apos; where every coordinator converged; it did not attest the final β</source>
        <translation>il a répondu &apos;%1&apos; alors que chaque coordinateur a convergé&#xa0;; il n&apos;a pas attesté le β final</translation>
    </message>
    <message>
        <source>its attested final β differs from the β this client computed from the same sums</source>
        <translation>son β final attesté diffère du β que ce client a calculé à partir des mêmes sommes</translation>
    </message>
    <message>
        <source>it answered &apos;%1&apos; where the coordinator failed (%2)</source>
        <translation>il a répondu &apos;%1&apos; alors que le coordinateur a échoué (%2)</translation>
    </message>
    <message>
        <source>it ended the study (&apos;%1&apos;) in round %2, where this client&apos;s coordinator, on the same sums, goes on</source>
        <translation>il a mis fin à l&apos;étude (&apos;%1&apos;) au tour %2, alors que le coordinateur de ce client, sur les mêmes sommes, continue</translation>
    </message>
    <message>
        <source>it computed round %1 at another β (%2) than this client&apos;s coordinator (%3)</source>
        <translation>il a calculé le tour %1 avec un autre β (%2) que le coordinateur de ce client (%3)</translation>
    </message>
    <message>
        <source>fitting the model at this site alone</source>
        <translation>ajustement du modèle sur ce site seul</translation>
    </message>
    <message>
        <source>its own fit is of another study or design</source>
        <translation>son propre ajustement relève d&apos;une autre étude ou conception</translation>
    </message>
    <message>
        <source>its evaluation is of another design (%1)</source>
        <translation>son évaluation relève d&apos;une autre conception (%1)</translation>
    </message>
    <message>
        <source>: unknown field &quot;%1&quot;; allowed are name, url, pin, token, token_env, signing_key and key_agreement_key.</source>
        <translation>: champ inconnu &quot;%1&quot;&#xa0;; les champs autorisés sont name, url, pin, token, token_env, signing_key et key_agreement_key.</translation>
    </message>
    <message>
        <source>Cannot read the sites file %1 (%2) to record the sites&apos; keys.</source>
        <translation>Impossible de lire le fichier des sites %1 (%2) pour enregistrer les clés des sites.</translation>
    </message>
    <message>
        <source>The sites file %1 changed and is no longer a sites file; its keys were not recorded.</source>
        <translation>Le fichier des sites %1 a été modifié et n&apos;est plus un fichier des sites&#xa0;; les clés n&apos;ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2) to record the sites&apos; keys.</source>
        <translation>Impossible d&apos;écrire %1 (%2) pour enregistrer les clés des sites.</translation>
    </message>
    <message>
        <source>Site %1 published no valid study keys in /v1/info (an Ed25519 and an X25519 public key); the node cannot take part in a study. Ask its administrator to update the node.</source>
        <translation>Le site %1 ne publie pas de clés d&apos;étude valides dans /v1/info (une clé publique Ed25519 et une X25519)&#xa0;; le nœud ne peut pas participer à une étude. Demandez à son administrateur de mettre le nœud à jour.</translation>
    </message>
    <message>
        <source>Site %1 signs with another key than the one recorded for it (recorded %2, now %3): the node was re-initialised, or someone is answering in its place. Confirm the new key with the site&apos;s administrator, then remove signing_key and key_agreement_key from the site&apos;s entry so that they are recorded again.</source>
        <translation>Le site %1 signe avec une autre clé que celle enregistrée pour lui (enregistrée %2, actuelle %3)&#xa0;: le nœud a été réinitialisé, ou quelqu&apos;un répond à sa place. Confirmez la nouvelle clé avec l&apos;administrateur du site, puis supprimez signing_key et key_agreement_key de l&apos;entrée du site afin qu&apos;elles soient enregistrées à nouveau.</translation>
    </message>
    <message>
        <source>Site %1 presents another key-agreement key than the one recorded for it (recorded %2, now %3): the node was re-initialised, or someone is answering in its place. Confirm the new key with the site&apos;s administrator, then remove signing_key and key_agreement_key from the site&apos;s entry so that they are recorded again.</source>
        <translation>Le site %1 présente une autre clé d&apos;accord de clés que celle enregistrée pour lui (enregistrée %2, actuelle %3)&#xa0;: le nœud a été réinitialisé, ou quelqu&apos;un répond à sa place. Confirmez la nouvelle clé avec l&apos;administrateur du site, puis supprimez signing_key et key_agreement_key de l&apos;entrée du site afin qu&apos;elles soient enregistrées à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Site %1 does not allow the plain mode, which a study of %n site(s) needs (masked sums hide a site&apos;s numbers only among three or more sites). Add sites, or ask the site whether its policy can allow plain studies.</source>
        <translation>
            <numerusform>Le site %1 n&apos;autorise pas le mode plain, dont une étude de %n site a besoin (le masquage ne cache les chiffres d&apos;un site que parmi trois sites ou plus). Ajoutez des sites, ou demandez au site si sa politique peut autoriser les études en mode plain.</numerusform>
            <numerusform>Le site %1 n&apos;autorise pas le mode plain, dont une étude de %n sites a besoin (le masquage ne cache les chiffres d&apos;un site que parmi trois sites ou plus). Ajoutez des sites, ou demandez au site si sa politique peut autoriser les études en mode plain.</numerusform>
        </translation>
    </message>
    <message>
        <source>Site %1 does not offer the %2 mode (it offers: %3); choose another --mode or ask the site&apos;s administrator.</source>
        <translation>Le site %1 ne propose pas le mode %2 (il propose&#xa0;: %3)&#xa0;; choisissez un autre --mode ou adressez-vous à l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>Sites %1 and %2 are the same node (&apos;%3&apos;): its records would count twice. Remove one of them from the run.</source>
        <translation>Les sites %1 et %2 sont le même nœud (&apos;%3&apos;)&#xa0;: ses enregistrements compteraient deux fois. Retirez l&apos;un des deux de l&apos;analyse.</translation>
    </message>
    <message>
        <source>its round %1 contribution does not carry a valid signature of its pinned key: the answer was altered on its way, or another node answered</source>
        <translation>sa contribution au tour %1 ne porte pas de signature valide de sa clé épinglée&#xa0;: la réponse a été modifiée en chemin, ou un autre nœud a répondu</translation>
    </message>
    <message>
        <source>its round %1 contribution belongs to another study (%2)</source>
        <translation>sa contribution au tour %1 appartient à une autre étude (%2)</translation>
    </message>
    <message>
        <source>its round %1 contribution is signed for the participant &apos;%2&apos;, not &apos;%3&apos;</source>
        <translation>sa contribution au tour %1 est signée pour le participant &apos;%2&apos;, et non &apos;%3&apos;</translation>
    </message>
    <message>
        <source>it answered round %1 with its contribution of round %2</source>
        <translation>il a répondu au tour %1 avec sa contribution du tour %2</translation>
    </message>
    <message>
        <source>its contribution is in the %1 mode, the study&apos;s is %2</source>
        <translation>sa contribution est en mode %1, celui de l&apos;étude est %2</translation>
    </message>
    <message>
        <source>its contribution has %1 columns, the design %2</source>
        <translation>sa contribution a %1 colonnes, la conception %2</translation>
    </message>
    <message>
        <source>its plain statistics do not have the design&apos;s shape</source>
        <translation>ses statistiques en clair n&apos;ont pas la forme de la conception</translation>
    </message>
    <message>
        <source>its masked statistics hold %1 words, the design needs %2</source>
        <translation>ses statistiques masquées contiennent %1 mots, la conception en exige %2</translation>
    </message>
    <message>
        <source>its attestation of the final β has %1 values, the design %2</source>
        <translation>son attestation du β final a %1 valeurs, la conception %2</translation>
    </message>
    <message>
        <source>its attestation&apos;s β does not match the β hash it signed</source>
        <translation>le β de son attestation ne correspond pas à l&apos;empreinte de β qu&apos;il a signée</translation>
    </message>
    <message>
        <source>it answered as an observer, but it is a participant of the study</source>
        <translation>il a répondu en tant qu&apos;observateur, mais il est participant de l&apos;étude</translation>
    </message>
    <message>
        <source>The held-out site %1 is not one of the run&apos;s sites, or no other site is left to fit the model; name it among two or more sites.</source>
        <translation>Le site exclu %1 ne fait pas partie des sites de l&apos;analyse, ou il ne reste aucun autre site pour ajuster le modèle&#xa0;; nommez-le parmi deux sites ou plus.</translation>
    </message>
    <message>
        <source>A risk threshold must lie strictly between 0 and 1; %1 does not. Give thresholds such as 0.1 or 0.25.</source>
        <translation>Un seuil de risque doit être strictement compris entre 0 et 1&#xa0;; %1 ne l&apos;est pas. Donnez des seuils comme 0,1 ou 0,25.</translation>
    </message>
    <message>
        <source>as an observer it answered &apos;%1&apos; in round %2, where &apos;%3&apos; was due</source>
        <translation>en tant qu&apos;observateur, il a répondu &apos;%1&apos; au tour %2, alors que &apos;%3&apos; était attendu</translation>
    </message>
    <message>
        <source>as an observer it computed round %1 at another β than the participants</source>
        <translation>en tant qu&apos;observateur, il a calculé le tour %1 avec un autre β que les participants</translation>
    </message>
    <message>
        <source>it answered &apos;%1&apos; where an evaluation was due</source>
        <translation>il a répondu &apos;%1&apos; alors qu&apos;une évaluation était attendue</translation>
    </message>
    <message>
        <source>it evaluated another β (%1) than the attested final β (%2)</source>
        <translation>il a évalué un autre β (%1) que le β final attesté (%2)</translation>
    </message>
    <message>
        <source>its masked evaluation does not have the study&apos;s length</source>
        <translation>son évaluation masquée n&apos;a pas la longueur de l&apos;étude</translation>
    </message>
    <message>
        <source>The masked evaluations do not sum to an evaluation: a contribution was changed, or a site masked with other keys. Run the evaluation again; if this repeats, tell the sites&apos; administrators.</source>
        <translation>La somme des évaluations masquées ne donne pas une évaluation&#xa0;: une contribution a été modifiée, ou un site a masqué avec d&apos;autres clés. Relancez l&apos;évaluation&#xa0;; si cela se répète, prévenez les administrateurs des sites.</translation>
    </message>
    <message>
        <source>not available in masked mode: the sites released only the pooled evaluation</source>
        <translation>non disponible en mode masqué&#xa0;: les sites n&apos;ont publié que l&apos;évaluation combinée</translation>
    </message>
    <message>
        <source>masked evaluation summed</source>
        <translation>évaluation masquée additionnée</translation>
    </message>
    <message>
        <source>it checked another study (%1, not %2)</source>
        <translation>il a vérifié une autre étude (%1, et non %2)</translation>
    </message>
    <message>
        <source>passes every rule it checked in advance</source>
        <translation>respecte toutes les règles qu&apos;il a vérifiées à l&apos;avance</translation>
    </message>
    <message>
        <source>it answered &apos;%1&apos; in round %2, but it is an observer of the study and holds no statistics</source>
        <translation>il a répondu &apos;%1&apos; au tour %2, mais il est observateur de l&apos;étude et ne détient aucune statistique</translation>
    </message>
    <message>
        <source>its evaluation does not have the study&apos;s kind or risk grid</source>
        <translation>son évaluation n&apos;a pas le type ou la grille de risques de l&apos;étude</translation>
    </message>
    <message numerus="yes">
        <source>Leave-one-site-out validation needs at least %1 sites (each is held out in turn and the model fitted on the others, and the pooled measures need three held-out sites); %n site(s) were given. Add sites, or report the fit&apos;s apparent performance as apparent.</source>
        <translation>
            <numerusform>La validation en excluant un site à la fois nécessite au moins %1 sites (chacun est exclu à tour de rôle et le modèle ajusté sur les autres, et les mesures combinées nécessitent trois sites exclus)&#xa0;; %n site a été donné. Ajoutez des sites, ou présentez la performance apparente de l&apos;ajustement comme apparente.</numerusform>
            <numerusform>La validation en excluant un site à la fois nécessite au moins %1 sites (chacun est exclu à tour de rôle et le modèle ajusté sur les autres, et les mesures combinées nécessitent trois sites exclus)&#xa0;; %n sites ont été donnés. Ajoutez des sites, ou présentez la performance apparente de l&apos;ajustement comme apparente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Validation measures (AUC, calibration, O/E, Brier score) need a binomial model; choose an outcome with two classes.</source>
        <translation>Les mesures de validation (AUC, calibration, O/A, score de Brier) nécessitent un modèle binomial&#xa0;; choisissez une variable de résultat à deux classes.</translation>
    </message>
    <message>
        <source>The design of this fold (%1) differs from the other folds&apos; (%2): a site&apos;s catalogue or descriptives changed during the run. Run the validation again.</source>
        <translation>La conception de ce pli (%1) diffère de celle des autres plis (%2)&#xa0;: le catalogue ou les statistiques descriptives d&apos;un site ont changé pendant l&apos;analyse. Relancez la validation.</translation>
    </message>
    <message>
        <source>The held-out site released no evaluation of the model.</source>
        <translation>Le site exclu n&apos;a publié aucune évaluation du modèle.</translation>
    </message>
    <message>
        <source>The held-out site&apos;s calibration studies gave no estimate.</source>
        <translation>Les études de calibration du site exclu n&apos;ont donné aucune estimation.</translation>
    </message>
    <message>
        <source>The held-out sites&apos; measures could not be pooled: %1</source>
        <translation>Les mesures des sites exclus n&apos;ont pas pu être combinées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The model %1 is not a binomial model; only risk models can be evaluated (AUC, Brier score, calibration).</source>
        <translation>Le modèle %1 n&apos;est pas un modèle binomial&#xa0;; seuls les modèles de risque peuvent être évalués (AUC, score de Brier, calibration).</translation>
    </message>
    <message>
        <source>The copy of the model %1 has %2 coefficients for %3 terms; use the file the sites registered.</source>
        <translation>La copie du modèle %1 a %2 coefficients pour %3 termes&#xa0;; utilisez le fichier que les sites ont enregistré.</translation>
    </message>
    <message>
        <source>The copy of the model has the hash %1, not %2 as named; use the file the sites registered, or name the model by its hash.</source>
        <translation>La copie du modèle a l&apos;empreinte %1, et non %2 comme indiqué&#xa0;; utilisez le fichier que les sites ont enregistré, ou désignez le modèle par son empreinte.</translation>
    </message>
    <message>
        <source>A masked evaluation of the registered model %1 needs your copy of the model (its design and β; with fairstart-cli, --model-file): the sites&apos; common study names the model&apos;s design and hash. Give it, or ask for the per-site evaluation with --mode plain where the sites allow plain mode.</source>
        <translation>Une évaluation masquée du modèle enregistré %1 nécessite votre copie du modèle (sa conception et son β&#xa0;; avec fairstart-cli, --model-file)&#xa0;: l&apos;étude commune des sites désigne la conception et l&apos;empreinte du modèle. Fournissez-la, ou demandez l&apos;évaluation par site avec --mode plain là où les sites autorisent le mode en clair.</translation>
    </message>
    <message>
        <source>too few records (min-cohort)</source>
        <translation>trop peu d&apos;enregistrements (min-cohort)</translation>
    </message>
    <message>
        <source>too few records of an outcome or a design cell (min-cell)</source>
        <translation>trop peu d&apos;enregistrements pour un résultat ou une cellule de la conception (min-cell)</translation>
    </message>
    <message>
        <source>the cells withheld with it would be too small (complement)</source>
        <translation>les cellules masquées avec elle seraient trop petites (complement)</translation>
    </message>
    <message>
        <source>it would split an earlier release (differencing)</source>
        <translation>elle scinderait une publication antérieure (differencing)</translation>
    </message>
    <message>
        <source>a few records dominate it (dominance)</source>
        <translation>quelques enregistrements la dominent (dominance)</translation>
    </message>
    <message>
        <source>it answered without the subgroup cells</source>
        <translation>il a répondu sans les cellules de sous-groupe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>withheld at %1</source>
        <translation>masqué sur le site %1</translation>
    </message>
    <message>
        <source>No site lists the variable &apos;%1&apos; in its catalogue.</source>
        <translation>Aucun site ne liste la variable &apos;%1&apos; dans son catalogue.</translation>
    </message>
    <message>
        <source>The catalogues list no level of &apos;%1&apos;.</source>
        <translation>Les catalogues ne listent aucune modalité de &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>its contribution&apos;s signature does not verify against its key in the manifest: the answer was changed on the way, or another key signed it</source>
        <translation>la signature de sa contribution ne se vérifie pas avec sa clé dans le manifeste&#xa0;: la réponse a été modifiée en chemin, ou une autre clé l&apos;a signée</translation>
    </message>
    <message>
        <source>its contribution belongs to another study</source>
        <translation>sa contribution appartient à une autre étude</translation>
    </message>
    <message>
        <source>its contribution is signed as site &apos;%1&apos;</source>
        <translation>sa contribution est signée en tant que site &apos;%1&apos;</translation>
    </message>
    <message>
        <source>its contribution is of round %1, not 1</source>
        <translation>sa contribution date du tour %1, et non du tour 1</translation>
    </message>
    <message>
        <source>it answered &apos;%1&apos; where descriptives were due</source>
        <translation>il a répondu &apos;%1&apos; alors que des statistiques descriptives étaient attendues</translation>
    </message>
    <message>
        <source>its contribution names another mode or study</source>
        <translation>sa contribution indique un autre mode ou une autre étude</translation>
    </message>
    <message>
        <source>its masked descriptives do not have the study&apos;s length</source>
        <translation>ses statistiques descriptives masquées n&apos;ont pas la longueur de l&apos;étude</translation>
    </message>
    <message>
        <source>The node&apos;s signature of the manifest does not verify against its key: it signed another manifest, or another key signed it.</source>
        <translation>La signature du manifeste par le nœud ne se vérifie pas avec sa clé&#xa0;: il a signé un autre manifeste, ou une autre clé l&apos;a signé.</translation>
    </message>
    <message>
        <source>The site&apos;s descriptives were refused: %1. Nothing of the study is shown; run it again, and if this repeats tell the site&apos;s administrator.</source>
        <translation>Les statistiques descriptives du site ont été refusées&#xa0;: %1. Rien de l&apos;étude n&apos;est affiché&#xa0;; relancez-la et, si cela se reproduit, prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>The site&apos;s masked descriptives do not have the study&apos;s length.</source>
        <translation>Les statistiques descriptives masquées du site n&apos;ont pas la longueur de l&apos;étude.</translation>
    </message>
    <message>
        <source>The masked descriptives do not sum to descriptives: a contribution was changed, or a site masked with other keys. Run the study again; if this repeats, tell the sites&apos; administrators.</source>
        <translation>La somme des statistiques descriptives masquées ne donne pas des statistiques descriptives&#xa0;: une contribution a été modifiée, ou un site a masqué avec d&apos;autres clés. Relancez l&apos;étude&#xa0;; si cela se répète, prévenez les administrateurs des sites.</translation>
    </message>
    <message>
        <source>The model file &apos;%1&apos; cannot be read: %2. Choose the file the sites registered.</source>
        <translation>Le fichier de modèle &apos;%1&apos; ne peut pas être lu&#xa0;: %2. Choisissez le fichier que les sites ont enregistré.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; is not a registered model: %2. Choose the file the sites registered ({&quot;design&quot;: {...}, &quot;beta&quot;: [...]}).</source>
        <translation>Le fichier &apos;%1&apos; n&apos;est pas un modèle enregistré&#xa0;: %2. Choisissez le fichier que les sites ont enregistré ({&quot;design&quot;: {...}, &quot;beta&quot;: [...]}).</translation>
    </message>
    <message>
        <source>it is larger than 4 MiB</source>
        <translation>il dépasse 4 MiB</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is unknown</source>
        <translation>le champ &apos;%1&apos; est inconnu</translation>
    </message>
    <message>
        <source>its design is not a resolved design (%1)</source>
        <translation>sa conception n&apos;est pas une conception résolue (%1)</translation>
    </message>
    <message>
        <source>its beta holds a value that is not a finite number</source>
        <translation>son beta contient une valeur qui n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>its beta has %1 values, its design %2 columns</source>
        <translation>son beta a %1 valeurs, sa conception %2 colonnes</translation>
    </message>
    <message>
        <source>it answered with descriptives where a model study was due</source>
        <translation>il a répondu par des statistiques descriptives alors qu&apos;une étude de modèle était attendue</translation>
    </message>
    <message>
        <source>the cohort has fewer than %1 records, the smallest this site allows; widen the filters or leave this site out</source>
        <translation>la cohorte compte moins de %1 enregistrements, le minimum autorisé par ce site&#xa0;; élargissez les filtres ou laissez ce site de côté</translation>
    </message>
    <message>
        <source>the cohort, or the records it leaves out, would have fewer than %1 records; widen the filters or merge levels</source>
        <translation>la cohorte, ou les enregistrements qu&apos;elle exclut, compterait moins de %1 enregistrements&#xa0;; élargissez les filtres ou regroupez des modalités</translation>
    </message>
    <message>
        <source>a cell (a level, an outcome class or a combination of yes/no variables) has fewer than %1 records; merge levels or drop the variable</source>
        <translation>une cellule (une modalité, une classe de la variable de résultat ou une combinaison de variables oui/non) compte moins de %1 enregistrements&#xa0;; regroupez des modalités ou retirez la variable</translation>
    </message>
    <message>
        <source>the site allows one parameter per %1 events (of the rarer outcome class) and the model has more; use fewer predictors or levels</source>
        <translation>le site autorise un paramètre pour %1 événements (de la classe de résultat la plus rare) et le modèle en a davantage&#xa0;; utilisez moins de prédicteurs ou de modalités</translation>
    </message>
    <message>
        <source>the model must leave at least %1 records more than it has parameters; use fewer predictors</source>
        <translation>le modèle doit compter au moins %1 enregistrements de plus que de paramètres&#xa0;; utilisez moins de prédicteurs</translation>
    </message>
    <message>
        <source>a few records make up more than %1% of a sum; winsorise or transform the variable</source>
        <translation>quelques enregistrements représentent plus de %1&#xa0;% d&apos;une somme&#xa0;; winsorisez ou transformez la variable</translation>
    </message>
    <message>
        <source>the model needs more than %1 rounds, the most this site allows; simplify the model</source>
        <translation>le modèle nécessite plus de %1 tours, le maximum autorisé par ce site&#xa0;; simplifiez le modèle</translation>
    </message>
    <message>
        <source>your %1 analyses a day at this site are used up; try again tomorrow or ask the site administrator</source>
        <translation>vos %1 analyses quotidiennes sur ce site sont épuisées&#xa0;; réessayez demain ou adressez-vous à l&apos;administrateur du site</translation>
    </message>
    <message>
        <source>this site takes part in masked studies only; run the study in masked mode (three or more sites)</source>
        <translation>ce site ne participe qu&apos;aux études masquées&#xa0;; exécutez l&apos;étude en mode masqué (trois sites ou plus)</translation>
    </message>
    <message>
        <source>this site takes part in plain studies of at most %1 sites; run the study in masked mode</source>
        <translation>ce site ne participe aux études en clair que si elles comptent au plus %1 sites&#xa0;; exécutez l&apos;étude en mode masqué</translation>
    </message>
    <message>
        <source>the cohort is smaller than the site allows; widen the filters or leave this site out</source>
        <translation>la cohorte est plus petite que ce que le site autorise&#xa0;; élargissez les filtres ou laissez ce site de côté</translation>
    </message>
    <message>
        <source>a subgroup is too small to release; widen the filters or merge levels</source>
        <translation>un sous-groupe est trop petit pour être publié&#xa0;; élargissez les filtres ou regroupez des modalités</translation>
    </message>
    <message>
        <source>a cell (a level, an outcome class or a combination of yes/no variables) has too few records; merge levels or drop the variable</source>
        <translation>une cellule (une modalité, une classe de la variable de résultat ou une combinaison de variables oui/non) compte trop peu d&apos;enregistrements&#xa0;; regroupez des modalités ou retirez la variable</translation>
    </message>
    <message>
        <source>there are too few events for the number of parameters; use fewer predictors or levels</source>
        <translation>il y a trop peu d&apos;événements pour le nombre de paramètres&#xa0;; utilisez moins de prédicteurs ou de modalités</translation>
    </message>
    <message>
        <source>the model has nearly as many parameters as records; use fewer predictors</source>
        <translation>le modèle a presque autant de paramètres que d&apos;enregistrements&#xa0;; utilisez moins de prédicteurs</translation>
    </message>
    <message>
        <source>a few records dominate a sum; winsorise or transform the variable</source>
        <translation>quelques enregistrements dominent une somme&#xa0;; winsorisez ou transformez la variable</translation>
    </message>
    <message>
        <source>the model needed more rounds than the site allows; simplify the model</source>
        <translation>le modèle a demandé plus de tours que le site n&apos;en autorise&#xa0;; simplifiez le modèle</translation>
    </message>
    <message>
        <source>your daily number of analyses at this site is used up; try again tomorrow or ask the site administrator</source>
        <translation>votre nombre quotidien d&apos;analyses sur ce site est épuisé&#xa0;; réessayez demain ou adressez-vous à l&apos;administrateur du site</translation>
    </message>
    <message>
        <source>this site does not take part in a plain study of this many sites; run the study in masked mode</source>
        <translation>ce site ne participe pas à une étude en clair comptant autant de sites&#xa0;; exécutez l&apos;étude en mode masqué</translation>
    </message>
    <message>
        <source>this study differs by one site from one run before, so the difference would describe that site; add or leave out more sites</source>
        <translation>cette étude diffère d&apos;un seul site d&apos;une étude exécutée auparavant&#xa0;: la différence décrirait ce site&#xa0;; ajoutez ou écartez davantage de sites</translation>
    </message>
    <message>
        <source>your token does not allow this purpose; choose another purpose or ask the site administrator</source>
        <translation>votre jeton ne permet pas cette finalité&#xa0;; choisissez une autre finalité ou adressez-vous à l&apos;administrateur du site</translation>
    </message>
    <message>
        <source>no records carry consent for this purpose</source>
        <translation>aucun enregistrement ne porte de consentement pour cette finalité</translation>
    </message>
    <message>
        <source>your token is no longer valid; ask the site administrator for a new one</source>
        <translation>votre jeton n&apos;est plus valide&#xa0;; demandez-en un nouveau à l&apos;administrateur du site</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Règle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Rule %1: %2.</source>
        <translation>Règle %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Où&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 withheld by its own release rules</source>
        <translation>%1 masqué par ses propres règles de publication</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 a échoué</translation>
    </message>
    <message numerus="yes">
        <source>Only %n held-out site(s) gave results (%1; see their rows); pooling needs at least three, so no pooled measures are given.</source>
        <translation>
            <numerusform>Seul %n site exclu a donné des résultats (%1&#xa0;; voir sa ligne)&#xa0;; la combinaison en nécessite au moins trois, aucune mesure combinée n&apos;est donc donnée.</numerusform>
            <numerusform>Seuls %n sites exclus ont donné des résultats (%1&#xa0;; voir leurs lignes)&#xa0;; la combinaison en nécessite au moins trois, aucune mesure combinée n&apos;est donc donnée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pooled over %n held-out site(s); without the sites that gave no results (%1; see their rows).</source>
        <translation>
            <numerusform>Combiné sur %n site exclu&#xa0;; sans les sites qui n&apos;ont pas donné de résultats (%1&#xa0;; voir leurs lignes).</numerusform>
            <numerusform>Combiné sur %n sites exclus&#xa0;; sans les sites qui n&apos;ont pas donné de résultats (%1&#xa0;; voir leurs lignes).</numerusform>
        </translation>
    </message>
    <message>
        <source>its contribution tags are not one per site of the study with its own slot empty</source>
        <translation>ses étiquettes de contribution ne sont pas au nombre d&apos;une par site de l&apos;étude, avec son propre emplacement vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a categorical or yes/no variable with levels in the catalogues: tables and trends count levels.</source>
        <translation>&apos;%1&apos; n&apos;est pas une variable catégorielle ou oui/non dont les modalités figurent dans les catalogues&#xa0;: les tableaux et les tendances comptent des modalités.</translation>
    </message>
    <message>
        <source>A masked histogram of &apos;%1&apos; needs evenly spaced edges whose first and last are multiples of the spacing (e.g. 0, 500, ..., 6000), so that every site counts the same bins.</source>
        <translation>Un histogramme de &apos;%1&apos; calculé par masquage nécessite des bornes régulièrement espacées dont la première et la dernière sont des multiples de l&apos;écart (par ex. 0, 500, ..., 6000), afin que chaque site compte les mêmes intervalles.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not numeric: a histogram describes a numeric variable.</source>
        <translation>&apos;%1&apos; n&apos;est pas numérique&#xa0;: un histogramme décrit une variable numérique.</translation>
    </message>
    <message>
        <source>Name at least one variable, table or trend to describe.</source>
        <translation>Indiquez au moins une variable, un tableau ou une tendance à décrire.</translation>
    </message>
    <message>
        <source>this cohort differs by fewer than %1 records from one released before (by anyone, for any purpose), so the difference would reveal those records; use the purpose, filters and complete cases of the earlier analyses (another purpose&apos;s consent selects other records), or change the cohort more</source>
        <translation>cette cohorte diffère de moins de %1 enregistrements d&apos;une cohorte publiée auparavant (par tout utilisateur, pour toute finalité)&#xa0;: la différence révélerait ces enregistrements&#xa0;; reprenez la finalité, les filtres et les cas complets des analyses précédentes (le consentement d&apos;une autre finalité sélectionne d&apos;autres enregistrements), ou modifiez davantage la cohorte</translation>
    </message>
    <message>
        <source>this cohort differs too little from one released before (by anyone, for any purpose), so the difference would reveal a few records; use the purpose, filters and complete cases of the earlier analyses (another purpose&apos;s consent selects other records), or change the cohort more</source>
        <translation>cette cohorte diffère trop peu d&apos;une cohorte publiée auparavant (par tout utilisateur, pour toute finalité)&#xa0;: la différence révélerait quelques enregistrements&#xa0;; reprenez la finalité, les filtres et les cas complets des analyses précédentes (le consentement d&apos;une autre finalité sélectionne d&apos;autres enregistrements), ou modifiez davantage la cohorte</translation>
    </message>
    <message>
        <source>The %1 knots of rcs(%2) cannot be placed at distinct values that are edges of every site&apos;s histogram of %2; use fewer knots.</source>
        <translation>Les %1 nœuds de rcs(%2) ne peuvent pas être placés sur des valeurs distinctes qui soient des bornes de l&apos;histogramme de %2 de chaque site&#xa0;; utilisez moins de nœuds.</translation>
    </message>
    <message>
        <source>%1 has no spread across the sites&apos; cohorts, so it has no histogram.</source>
        <translation>%1 ne varie pas dans les cohortes des sites&#xa0;: aucun histogramme n&apos;est donc possible.</translation>
    </message>
    <message>
        <source>No lattice common to every site gives a histogram of %1: each site releases its histogram on a lattice of its own, with bins merged where its records are sparse, and on none of the %2 candidate steps did every site release two adjacent cells. This happens with few records per site, and with whole numbers (ages in years) at sites whose own step is finer than 1, whose edges then lie between the whole numbers. The mean and SD above are complete; for a histogram, describe fewer, larger sites together.</source>
        <translation>Aucune grille commune à tous les sites ne donne d&apos;histogramme de %1&#xa0;: chaque site publie son histogramme sur sa propre grille, en fusionnant les intervalles là où ses enregistrements sont peu nombreux, et pour aucun des %2 pas candidats tous les sites n&apos;ont publié deux cellules adjacentes. Cela se produit lorsque les sites ont peu d&apos;enregistrements, ainsi qu&apos;avec des nombres entiers (âges en années) sur les sites dont le pas propre est plus fin que 1, et dont les bornes se situent alors entre les nombres entiers. La moyenne et l&apos;écart-type ci-dessus sont complets&#xa0;; pour obtenir un histogramme, décrivez ensemble des sites moins nombreux et plus grands.</translation>
    </message>
    <message>
        <source>The study of the histograms ended without a result (%1); the table is complete. Describe again for the histograms.</source>
        <translation>L&apos;étude des histogrammes s&apos;est terminée sans résultat (%1)&#xa0;; le tableau est complet. Relancez la description pour obtenir les histogrammes.</translation>
    </message>
    <message numerus="yes">
        <source>%1 released no histogram of %2: a site withholds it when its cohort has too few records of the variable for bins of its minimum cell count beyond both tails. A pooled histogram without it would leave its records out, so none is drawn; the mean and SD above include every site.</source>
        <translation>
            <numerusform>%1 n&apos;a publié aucun histogramme de %2&#xa0;: un site le masque lorsque sa cohorte compte trop peu d&apos;enregistrements de la variable pour former, en dehors de ses deux queues de distribution, des intervalles atteignant son effectif minimal par cellule. Un histogramme tous sites confondus sans ce site laisserait de côté ses enregistrements, aucun n&apos;est donc tracé&#xa0;; la moyenne et l&apos;écart-type ci-dessus incluent tous les sites.</numerusform>
            <numerusform>%1 n&apos;ont publié aucun histogramme de %2&#xa0;: un site le masque lorsque sa cohorte compte trop peu d&apos;enregistrements de la variable pour former, en dehors de ses deux queues de distribution, des intervalles atteignant son effectif minimal par cellule. Un histogramme tous sites confondus sans ces sites laisserait de côté leurs enregistrements, aucun n&apos;est donc tracé&#xa0;; la moyenne et l&apos;écart-type ci-dessus incluent tous les sites.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Calibration slope</source>
        <translation>Pente de calibration</translation>
    </message>
    <message>
        <source>Calibration in the large</source>
        <translation>Calibration globale</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Descriptives</source>
        <translation>Statistiques descriptives</translation>
    </message>
    <message>
        <source>Histogram cells</source>
        <translation>Cellules d&apos;histogramme</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <source>over all the site&apos;s records a few make up more than %1% of a sum of this variable, so the site refuses it for every cohort; ask the site&apos;s data steward to check those values, and until then leave the variable out or, in a model, winsorise it at a histogram edge or take its log</source>
        <translation>sur l&apos;ensemble des enregistrements du site, quelques-uns représentent plus de %1&#xa0;% d&apos;une somme de cette variable, le site la refuse donc pour toute cohorte&#xa0;; demandez au responsable des données du site de vérifier ces valeurs et, d&apos;ici là, retirez la variable ou, dans un modèle, winsorisez-la à une borne de l&apos;histogramme ou prenez son logarithme</translation>
    </message>
    <message>
        <source>a few of the site&apos;s records dominate this variable, so the site refuses it for every cohort; ask the site&apos;s data steward to check those values</source>
        <translation>quelques enregistrements du site dominent cette variable, le site la refuse donc pour toute cohorte&#xa0;; demandez au responsable des données du site de vérifier ces valeurs</translation>
    </message>
    <message>
        <source>a few of the site&apos;s records dominate a variable (dataset-dominance)</source>
        <translation>quelques enregistrements du site dominent une variable (dataset-dominance)</translation>
    </message>
    <message>
        <source>its manifest tags are not one per site of the study with its own slot empty</source>
        <translation>ses étiquettes de manifeste ne sont pas une par site de l&apos;étude avec son propre emplacement vide</translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>moins de %1</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>trop peu de</translation>
    </message>
    <message>
        <source>together with an earlier model on this dataset (by anyone, for any purpose) that also has %1 as a predictor, this model would give the sums over %2 records of one category of %1 that are in one of the two cohorts and not in the other (for example the records that one model&apos;s complete cases leave out); fit this model on the cohort of the earlier one (the same filters, and complete cases of the variables of both models), or leave %1 out of it</source>
        <translation>avec un modèle antérieur sur ce jeu de données (par quiconque, pour toute finalité) qui a aussi %1 comme prédicteur, ce modèle donnerait les sommes sur %2 enregistrements d&apos;une catégorie de %1 qui sont dans l&apos;une des deux cohortes et pas dans l&apos;autre (par exemple les enregistrements que les cas complets d&apos;un modèle écartent) ; ajustez ce modèle sur la cohorte du modèle antérieur (les mêmes filtres, et les cas complets des variables des deux modèles), ou retirez-en %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a site name; use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom de site ; utilisez 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a node address; write it as https://HOST:PORT, as the site&apos;s administrator gave it.</source>
        <translation>&apos;%1&apos; n&apos;est pas une adresse de nœud ; écrivez-la sous la forme https://HÔTE:PORT, telle que l&apos;administrateur du site l&apos;a donnée.</translation>
    </message>
    <message>
        <source>not a certificate pin; copy it exactly as &apos;fairstart-node pin&apos; prints it (sha256// followed by 44 characters).</source>
        <translation>pas une empreinte de certificat ; copiez-la exactement comme &apos;fairstart-node pin&apos; l&apos;affiche (sha256// suivi de 44 caractères).</translation>
    </message>
    <message>
        <source>missing; ask the site&apos;s administrator for a token (&apos;fairstart-node token create&apos;).</source>
        <translation>manquant ; demandez un jeton à l&apos;administrateur du site (&apos;fairstart-node token create&apos;).</translation>
    </message>
    <message>
        <source>not an Ed25519 public key (base64 of 32 bytes); remove the field to record the node&apos;s key again at the next run.</source>
        <translation>pas une clé publique Ed25519 (base64 de 32 octets) ; supprimez le champ pour enregistrer à nouveau la clé du nœud à la prochaine analyse.</translation>
    </message>
    <message>
        <source>not an X25519 public key (base64 of 32 bytes); remove the field to record the node&apos;s key again at the next run.</source>
        <translation>pas une clé publique X25519 (base64 de 32 octets) ; supprimez le champ pour enregistrer à nouveau la clé du nœud à la prochaine analyse.</translation>
    </message>
    <message>
        <source>give both or neither; remove the one that is there to record both at the next run.</source>
        <translation>donnez les deux ou aucune ; supprimez celle qui est présente pour enregistrer les deux à la prochaine analyse.</translation>
    </message>
    <message>
        <source>enough</source>
        <translation>suffisamment de</translation>
    </message>
    <message>
        <source>the site removed or corrected records after earlier releases on part of this cohort (by anyone, for any purpose); a cohort that holds all the remaining records of such an earlier group, or leaves fewer than %1 of them out, could reveal the removed records and is refused, now and later; use a cohort that leaves at least %1 records of each such group out (another filter or other complete cases)</source>
        <translation>le site a supprimé ou corrigé des enregistrements après des publications antérieures portant sur une partie de cette cohorte (par quiconque, pour toute finalité) ; une cohorte qui contient tous les enregistrements restants d&apos;un tel groupe antérieur, ou en laisse de côté moins de %1, pourrait révéler les enregistrements supprimés et est refusée, maintenant et plus tard ; utilisez une cohorte qui laisse de côté au moins %1 enregistrements de chacun de ces groupes (un autre filtre ou d&apos;autres cas complets)</translation>
    </message>
    <message>
        <source>its sealed sum seeds are not one per site of the study with its own slot empty</source>
        <translation>les graines de somme scellées ne sont pas une par site de l&apos;étude avec son propre emplacement vide</translation>
    </message>
    <message>
        <source>its sum tags are not one per site of the study with its own slot empty</source>
        <translation>les étiquettes de somme ne sont pas une par site de l&apos;étude avec son propre emplacement vide</translation>
    </message>
    <message>
        <source>your token&apos;s %1 requests an hour at this site are used up; wait a little and try again, or ask the site administrator</source>
        <translation>les %1 requêtes par heure de votre jeton sur ce site sont épuisées ; attendez un peu et réessayez, ou demandez à l&apos;administrateur du site</translation>
    </message>
    <message>
        <source>your token has made as many requests as this site allows in an hour; wait a little and try again, or ask the site administrator</source>
        <translation>votre jeton a fait autant de requêtes que ce site en autorise par heure ; attendez un peu et réessayez, ou demandez à l&apos;administrateur du site</translation>
    </message>
    <message>
        <source>together with an earlier model of this outcome on this dataset (by anyone, for any purpose), this model would give the sums over a group of %1 records with (or without) the outcome: the records in one of the two cohorts and not in the other, for example those that one model&apos;s complete cases leave out because a variable is missing; fit this model on the records of the earlier one (the same filters, and complete cases of the variables of both models: add the earlier model&apos;s variables that have missing values), or on a cohort that differs from it by at least %2 records with and %2 without the outcome</source>
        <translation>avec un modèle antérieur de ce critère sur ce jeu de données (par quiconque, pour toute finalité), ce modèle donnerait les sommes sur un groupe de %1 enregistrements avec (ou sans) le critère : les enregistrements d&apos;une des deux cohortes absents de l&apos;autre, par exemple ceux que les cas complets d&apos;un modèle écartent parce qu&apos;une variable manque ; ajustez ce modèle sur les enregistrements du modèle antérieur (les mêmes filtres, et les cas complets des variables des deux modèles : ajoutez les variables du modèle antérieur qui ont des valeurs manquantes), ou sur une cohorte qui en diffère d&apos;au moins %2 enregistrements avec et %2 sans le critère</translation>
    </message>
    <message>
        <source>Site %1 has no variable &apos;%2&apos; in dataset %3; did you mean %4? Check the spelling with &apos;fairstart-cli catalogue&apos;, or leave the site out.</source>
        <translation>Le site %1 n&apos;a pas de variable «&#xa0;%2&#xa0;» dans le jeu de données %3&#xa0;; vouliez-vous dire %4&#xa0;? Vérifiez l&apos;orthographe avec «&#xa0;fairstart-cli catalogue&#xa0;», ou laissez ce site de côté.</translation>
    </message>
    <message>
        <source>its answer to a request batch cannot be read (%1)</source>
        <translation>sa réponse à un lot de requêtes est illisible (%1)</translation>
    </message>
    <message>
        <source>its answer to a request batch has %1 parts, not the 2 sent</source>
        <translation>sa réponse à un lot de requêtes a %1 parties, et non les 2 envoyées</translation>
    </message>
    <message>
        <source>it did not open the evaluation&apos;s job</source>
        <translation>il n’a pas ouvert la tâche de l’évaluation</translation>
    </message>
    <message>
        <source>its answer to a request batch has %1 parts, not the 3 sent</source>
        <translation>sa réponse à un lot de requêtes a %1 parties, et non les 3 envoyées</translation>
    </message>
</context>
<context>
    <name>Fairstart::CommandLine</name>
    <message>
        <source>--%1 must be a whole number, %2 or more (not &apos;%3&apos;).</source>
        <translation>--%1 doit être un nombre entier, %2 ou plus (et non &apos;%3&apos;).</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3 (not &apos;%4&apos;).</source>
        <translation>--%1 doit être un nombre entier de %2 à %3 (et non &apos;%4&apos;).</translation>
    </message>
    <message>
        <source>--%1 must be a number greater than %2 and at most %3 (not &apos;%4&apos;).</source>
        <translation>--%1 doit être un nombre supérieur à %2 et au plus égal à %3 (et non &apos;%4&apos;).</translation>
    </message>
    <message>
        <source>unknown --%1 &apos;%2&apos;; use one of: %3.</source>
        <translation>--%1 inconnu &apos;%2&apos;&#xa0;; utilisez l&apos;une des valeurs&#xa0;: %3.</translation>
    </message>
    <message>
        <source>--%1 must be HOST:PORT, e.g. 0.0.0.0:8443 or [::1]:8443.</source>
        <translation>--%1 doit être HOST:PORT, par ex. 0.0.0.0:8443 ou [::1]:8443.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;.</source>
        <translation>option inconnue &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2).</source>
        <translation>--%1 nécessite une valeur (%2).</translation>
    </message>
    <message>
        <source>--%1 has an empty value.</source>
        <translation>--%1 a une valeur vide.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 ne prend pas de valeur.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argument inattendu &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>expects %1.</source>
        <translation>attend %1.</translation>
    </message>
    <message>
        <source>missing --%1 %2.</source>
        <translation>option manquante&#xa0;: --%1 %2.</translation>
    </message>
    <message>
        <source>Print this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
</context>
<context>
    <name>Fairstart::Node</name>
    <message>
        <source>--rows must be between 1 and 100000000.</source>
        <translation>--rows doit être compris entre 1 et 100000000.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Check --out.</source>
        <translation>Impossible d&apos;écrire %1 (%2). Vérifiez --out.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Check --out and the free disk space.</source>
        <translation>Impossible d&apos;écrire %1 (%2). Vérifiez --out et l&apos;espace disque disponible.</translation>
    </message>
    <message>
        <source>Synthetic record id</source>
        <translation>Identifiant d&apos;enregistrement synthétique</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Sex of the child</source>
        <translation>Sexe de l&apos;enfant</translation>
    </message>
    <message>
        <source>Gestational age at birth (weeks)</source>
        <translation>Âge gestationnel à la naissance (semaines)</translation>
    </message>
    <message>
        <source>Birth weight (g)</source>
        <translation>Poids de naissance (g)</translation>
    </message>
    <message>
        <source>Apgar score at 5 minutes</source>
        <translation>Score d&apos;Apgar à 5 minutes</translation>
    </message>
    <message>
        <source>Mother&apos;s age at birth (years)</source>
        <translation>Âge de la mère à la naissance (années)</translation>
    </message>
    <message>
        <source>Mother&apos;s education</source>
        <translation>Niveau d&apos;études de la mère</translation>
    </message>
    <message>
        <source>Household income quintile (1 = lowest)</source>
        <translation>Quintile de revenu du ménage (1 = le plus bas)</translation>
    </message>
    <message>
        <source>Single-parent household</source>
        <translation>Famille monoparentale</translation>
    </message>
    <message>
        <source>Smoking in pregnancy</source>
        <translation>Tabagisme pendant la grossesse</translation>
    </message>
    <message>
        <source>Parental stress score (0-40)</source>
        <translation>Score de stress parental (0-40)</translation>
    </message>
    <message>
        <source>Migration background</source>
        <translation>Origine migratoire</translation>
    </message>
    <message>
        <source>Neighbourhood SES score</source>
        <translation>Score socio-économique du quartier</translation>
    </message>
    <message>
        <source>Municipality of residence</source>
        <translation>Commune de résidence</translation>
    </message>
    <message>
        <source>Breastfeeding duration (months)</source>
        <translation>Durée de l&apos;allaitement (mois)</translation>
    </message>
    <message>
        <source>Consent for research</source>
        <translation>Consentement pour la recherche</translation>
    </message>
    <message>
        <source>Consent for quality improvement</source>
        <translation>Consentement pour l&apos;amélioration de la qualité</translation>
    </message>
    <message>
        <source>Developmental delay at 2 years</source>
        <translation>Retard de développement à 2 ans</translation>
    </message>
    <message>
        <source>Youth-care referral by 4 years</source>
        <translation>Orientation vers l&apos;aide à la jeunesse avant 4 ans</translation>
    </message>
    <message>
        <source>Overweight at 5 years</source>
        <translation>Surpoids à 5 ans</translation>
    </message>
    <message>
        <source>Synthetic early-childhood cohort (%1)</source>
        <translation>Cohorte synthétique de la petite enfance (%1)</translation>
    </message>
    <message>
        <source>A filter value is not a level of its variable in the catalogue. Use the levels the catalogue lists.</source>
        <translation>Une valeur de filtre n&apos;est pas une modalité de sa variable dans le catalogue. Utilisez les modalités indiquées par le catalogue.</translation>
    </message>
    <message>
        <source>The design does not fit this dataset: %1</source>
        <translation>La conception ne correspond pas à ce jeu de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Use GET for this path.</source>
        <translation>Utilisez GET pour ce chemin.</translation>
    </message>
    <message>
        <source>This path does not take that method; use %1.</source>
        <translation>Ce chemin n&apos;accepte pas cette méthode&#xa0;; utilisez %1.</translation>
    </message>
    <message>
        <source>The body must be JSON: send Content-Type: application/json.</source>
        <translation>Le corps doit être au format JSON&#xa0;: envoyez Content-Type: application/json.</translation>
    </message>
    <message>
        <source>The body is larger than this node accepts (%1 bytes). Send a smaller request.</source>
        <translation>Le corps dépasse la taille acceptée par ce nœud (%1 octets). Envoyez une requête plus petite.</translation>
    </message>
    <message>
        <source>There is no such resource on this node. See docs/protocol.md for the paths of API version 1.</source>
        <translation>Cette ressource n&apos;existe pas sur ce nœud. Consultez docs/protocol.md pour les chemins de la version 1 de l&apos;API.</translation>
    </message>
    <message>
        <source>The node could not record this request in its audit log, so it answers nothing. Tell the site administrator.</source>
        <translation>Le nœud n&apos;a pas pu consigner cette requête dans son journal d&apos;audit&#xa0;; il ne répond donc rien. Prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>You have opened the most jobs this node allows per user and day (%1). Try again tomorrow (UTC) or ask the site administrator.</source>
        <translation>Vous avez ouvert le nombre maximal de tâches que ce nœud autorise par utilisateur et par jour (%1). Réessayez demain (UTC) ou adressez-vous à l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>There is no such job for you on this node.</source>
        <translation>Cette tâche n&apos;existe pas pour vous sur ce nœud.</translation>
    </message>
    <message>
        <source>Evaluations need a binomial model.</source>
        <translation>Les évaluations nécessitent un modèle binomial.</translation>
    </message>
    <message>
        <source>You have made the most requests of this kind this node allows per user and day (%1). Try again tomorrow (UTC).</source>
        <translation>Vous avez atteint le nombre maximal de requêtes de ce type que ce nœud autorise par utilisateur et par jour (%1). Réessayez demain (UTC).</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>un champ entre guillemets n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>text follows a closing quote</source>
        <translation>du texte suit un guillemet fermant</translation>
    </message>
    <message>
        <source>the schema</source>
        <translation>le schéma</translation>
    </message>
    <message>
        <source>%1: %2. Fix the schema file (see docs/node.md, &quot;Import schema&quot;).</source>
        <translation>%1&#xa0;: %2. Corrigez le fichier de schéma (voir docs/node.md, &quot;Import schema&quot;).</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1 (%2)</source>
        <translation>JSON non valide à la position %1 (%2)</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>le niveau supérieur doit être un objet</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (known: %2)</source>
        <translation>clé inconnue &apos;%1&apos; (clés connues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>&apos;missing&apos; must be a list of strings</source>
        <translation>&apos;missing&apos; doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>&apos;strict&apos; must be true or false</source>
        <translation>&apos;strict&apos; doit valoir true ou false</translation>
    </message>
    <message>
        <source>&apos;columns&apos; must be an object mapping column names to descriptions</source>
        <translation>&apos;columns&apos; doit être un objet associant des noms de colonnes à des descriptions</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; must be described by an object</source>
        <translation>la colonne &apos;%1&apos; doit être décrite par un objet</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: unknown key &apos;%2&apos; (known: %3)</source>
        <translation>colonne &apos;%1&apos;&#xa0;: clé inconnue &apos;%2&apos; (clés connues&#xa0;: %3)</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: &apos;type&apos; must be numeric, categorical, binary, consent, id or skip</source>
        <translation>colonne &apos;%1&apos;&#xa0;: &apos;type&apos; doit valoir numeric, categorical, binary, consent, id ou skip</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: a consent column needs a &apos;purpose&apos; of lower-case letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>colonne &apos;%1&apos;&#xa0;: une colonne de consentement nécessite un &apos;purpose&apos; composé de lettres minuscules, de chiffres, de &apos;_&apos; ou de &apos;-&apos;</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: only consent columns have a &apos;purpose&apos;</source>
        <translation>colonne &apos;%1&apos;&#xa0;: seules les colonnes de consentement ont un &apos;purpose&apos;</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: only categorical columns have &apos;levels&apos;</source>
        <translation>colonne &apos;%1&apos;&#xa0;: seules les colonnes catégorielles ont des &apos;levels&apos;</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: &apos;levels&apos; is empty</source>
        <translation>colonne &apos;%1&apos;&#xa0;: &apos;levels&apos; est vide</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: &apos;%2&apos; must be a number on a numeric column</source>
        <translation>colonne &apos;%1&apos;&#xa0;: &apos;%2&apos; doit être un nombre pour une colonne numérique</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: &apos;min&apos; is larger than &apos;max&apos;</source>
        <translation>colonne &apos;%1&apos;&#xa0;: &apos;min&apos; est supérieur à &apos;max&apos;</translation>
    </message>
    <message>
        <source>only one column can be the record id</source>
        <translation>une seule colonne peut être l&apos;identifiant d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Cannot read the schema file %1 (%2). Check --schema.</source>
        <translation>Impossible de lire le fichier de schéma %1 (%2). Vérifiez --schema.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid dataset name. Use up to 64 letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom de jeu de données valide. Utilisez jusqu&apos;à 64 lettres, chiffres, &apos;_&apos; ou &apos;-&apos;, en commençant par une lettre.</translation>
    </message>
    <message>
        <source>The CSV file has problems; nothing was imported. Fix them and import again:</source>
        <translation>Le fichier CSV présente des problèmes&#xa0;; rien n&apos;a été importé. Corrigez-les et relancez l&apos;importation&#xa0;:</translation>
    </message>
    <message>
        <source>(stopped after %1 problems)</source>
        <translation>(arrêt après %1 problèmes)</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header line and data rows</source>
        <translation>le fichier est vide&#xa0;; il lui faut une ligne d&apos;en-tête et des lignes de données</translation>
    </message>
    <message>
        <source>%1 is not a valid column name (letters, digits, &apos;_&apos; and &apos;.&apos;, starting with a letter or &apos;_&apos;)</source>
        <translation>%1 n&apos;est pas un nom de colonne valide (lettres, chiffres, &apos;_&apos; et &apos;.&apos;, en commençant par une lettre ou &apos;_&apos;)</translation>
    </message>
    <message>
        <source>the column name appears twice in the header</source>
        <translation>le nom de colonne apparaît deux fois dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>the schema is strict and does not describe this column; add it (use &quot;type&quot;: &quot;skip&quot; to leave it out)</source>
        <translation>le schéma est strict et ne décrit pas cette colonne&#xa0;; ajoutez-la (utilisez &quot;type&quot;: &quot;skip&quot; pour l&apos;ignorer)</translation>
    </message>
    <message>
        <source>a consent column is named consent_&lt;purpose&gt; with a purpose of lower-case letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>une colonne de consentement se nomme consent_&lt;purpose&gt;, où la finalité est composée de lettres minuscules, de chiffres, de &apos;_&apos; ou de &apos;-&apos;</translation>
    </message>
    <message>
        <source>the schema describes this column but the CSV has no such column</source>
        <translation>le schéma décrit cette colonne, mais le CSV n&apos;a pas de colonne de ce nom</translation>
    </message>
    <message>
        <source>%1 is not a number, but the column holds numbers; correct the value or mark it missing (empty or NA)</source>
        <translation>%1 n&apos;est pas un nombre, alors que la colonne contient des nombres&#xa0;; corrigez la valeur ou marquez-la comme manquante (vide ou NA)</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>la ligne a %1 champs, mais l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <source>the record id is missing</source>
        <translation>l&apos;identifiant d&apos;enregistrement est manquant</translation>
    </message>
    <message>
        <source>%1 is not 0 or 1 (or yes/no, true/false)</source>
        <translation>%1 ne vaut ni 0 ni 1 (ni yes/no, true/false)</translation>
    </message>
    <message>
        <source>more than %1 different text values: this looks like free text or an identifier; declare the column in a schema as categorical, id or skip</source>
        <translation>plus de %1 valeurs textuelles différentes&#xa0;: cela ressemble à du texte libre ou à un identifiant&#xa0;; déclarez la colonne dans un schéma comme categorical, id ou skip</translation>
    </message>
    <message>
        <source>%1 is outside the valid range %2 to %3 of the schema</source>
        <translation>%1 est en dehors de la plage valide du schéma (%2 à %3)</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 is not one of the levels %2 of the schema</source>
        <translation>%1 ne fait pas partie des modalités %2 du schéma</translation>
    </message>
    <message>
        <source>there are no data rows after the header</source>
        <translation>il n&apos;y a aucune ligne de données après l&apos;en-tête</translation>
    </message>
    <message>
        <source>every value is missing; remove the column or mark it &quot;skip&quot; in a schema</source>
        <translation>toutes les valeurs sont manquantes&#xa0;; supprimez la colonne ou marquez-la &quot;skip&quot; dans un schéma</translation>
    </message>
    <message>
        <source>the record id repeats the id on line %1; ids must be unique</source>
        <translation>l&apos;identifiant d&apos;enregistrement répète celui de la ligne %1&#xa0;; les identifiants doivent être uniques</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; could not be stored: %2</source>
        <translation>La colonne &apos;%1&apos; n&apos;a pas pu être enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Two columns grant consent for the purpose &apos;%1&apos;; keep one.</source>
        <translation>Deux colonnes donnent le consentement pour la finalité &apos;%1&apos;&#xa0;; n&apos;en gardez qu&apos;une.</translation>
    </message>
    <message>
        <source>Cannot read the CSV file %1 (%2). Check --csv.</source>
        <translation>Impossible de lire le fichier CSV %1 (%2). Vérifiez --csv.</translation>
    </message>
    <message>
        <source>OpenSSL failed while %1. Check the OpenSSL installation.</source>
        <translation>OpenSSL a échoué (%1). Vérifiez l&apos;installation d&apos;OpenSSL.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Check the data dir.</source>
        <translation>Impossible d&apos;écrire %1 (%2). Vérifiez le répertoire de données.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2). Run &apos;fairstart-node init&apos; or restore the data dir.</source>
        <translation>Impossible de lire %1 (%2). Exécutez &apos;fairstart-node init&apos; ou restaurez le répertoire de données.</translation>
    </message>
    <message>
        <source>The TLS certificate is not a PEM certificate. Restore tls/node.crt from a backup.</source>
        <translation>Le certificat TLS n&apos;est pas un certificat PEM. Restaurez tls/node.crt à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>libsodium n&apos;a pas pu être initialisée.</translation>
    </message>
    <message>
        <source>%1 already holds a TLS key. Use a new data dir.</source>
        <translation>%1 contient déjà une clé TLS. Utilisez un nouveau répertoire de données.</translation>
    </message>
    <message>
        <source>Cannot create %1. Check the data dir.</source>
        <translation>Impossible de créer %1. Vérifiez le répertoire de données.</translation>
    </message>
    <message>
        <source>There is no TLS key %1. Run &apos;fairstart-node init&apos; or restore the data dir.</source>
        <translation>La clé TLS %1 n&apos;existe pas. Exécutez &apos;fairstart-node init&apos; ou restaurez le répertoire de données.</translation>
    </message>
    <message>
        <source>The node&apos;s signing keys in the store are damaged. Restore a backup.</source>
        <translation>Les clés de signature du nœud dans la base de données chiffrée sont endommagées. Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>Run &apos;fairstart-node %1 --help&apos; for its usage.</source>
        <translation>Exécutez &apos;fairstart-node %1 --help&apos; pour en connaître l&apos;utilisation.</translation>
    </message>
    <message>
        <source>the node&apos;s data dir (created by init)</source>
        <translation>le répertoire de données du nœud (créé par init)</translation>
    </message>
    <message>
        <source>read the store passphrase from FILE (default: the environment variable FAIRSTART_NODE_PASSPHRASE)</source>
        <translation>lire la phrase secrète de la base de données chiffrée dans FILE (par défaut&#xa0;: la variable d&apos;environnement FAIRSTART_NODE_PASSPHRASE)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>--name must be 1 to 64 characters.</source>
        <translation>--name doit compter de 1 à 64 caractères.</translation>
    </message>
    <message>
        <source>%1 already holds a node. Use another --data-dir, or remove the old one if you really mean to start again.</source>
        <translation>%1 contient déjà un nœud. Utilisez un autre --data-dir, ou supprimez l&apos;ancien si vous voulez vraiment repartir de zéro.</translation>
    </message>
    <message>
        <source>Initialised the Fairstart node &apos;%1&apos; in %2:</source>
        <translation>Nœud Fairstart &apos;%1&apos; initialisé dans %2&#xa0;:</translation>
    </message>
    <message>
        <source>  site store   %1 (encrypted)</source>
        <translation>  base de données    %1 (chiffrée)</translation>
    </message>
    <message>
        <source>  policy       %1 (the defaults of the privacy rules)</source>
        <translation>  politique du site  %1 (les valeurs par défaut des règles de confidentialité)</translation>
    </message>
    <message>
        <source>  certificate  %1</source>
        <translation>  certificat         %1</translation>
    </message>
    <message>
        <source>Certificate pin (give it to the analysts with the node&apos;s address):</source>
        <translation>Empreinte épinglée du certificat (à transmettre aux analystes avec l&apos;adresse du nœud)&#xa0;:</translation>
    </message>
    <message>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>label / levels</source>
        <translation>libellé / modalités</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>variable</translation>
    </message>
    <message>
        <source>consent: %1</source>
        <translation>consent.&#xa0;: %1</translation>
    </message>
    <message>
        <source>record id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>… (%1 levels)</source>
        <translation>… (%1 modalités)</translation>
    </message>
    <message>
        <source>Imported &apos;%1&apos;: %2 rows, %3 columns in %4 s (generation %5%6).</source>
        <translation>&apos;%1&apos; importé&#xa0;: %2 lignes, %3 colonnes en %4 s (génération %5%6).</translation>
    </message>
    <message>
        <source>; replaced the earlier import</source>
        <translation>; a remplacé l&apos;importation précédente</translation>
    </message>
    <message>
        <source>note: the dataset has no consent_&lt;purpose&gt; column; with the default policy no record of it can be used until one is added.</source>
        <translation>remarque&#xa0;: le jeu de données n&apos;a pas de colonne consent_&lt;purpose&gt;&#xa0;; avec la politique du site par défaut, aucun de ses enregistrements ne peut être utilisé tant qu&apos;une telle colonne n&apos;a pas été ajoutée.</translation>
    </message>
    <message>
        <source>No datasets. Add one with &apos;fairstart-node import&apos;.</source>
        <translation>Aucun jeu de données. Ajoutez-en un avec &apos;fairstart-node import&apos;.</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>jeu de données</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>colonnes</translation>
    </message>
    <message>
        <source>generation</source>
        <translation>génération</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé le</translation>
    </message>
    <message>
        <source>consent purposes</source>
        <translation>finalités de consentement</translation>
    </message>
    <message>
        <source>Dataset &apos;%1&apos;%2: %3 rows, generation %4, imported %5, source SHA-256 %6</source>
        <translation>Jeu de données &apos;%1&apos;%2&#xa0;: %3 lignes, génération %4, importé le %5, SHA-256 de la source %6</translation>
    </message>
    <message>
        <source>No tokens. Create one with &apos;fairstart-node token create&apos;.</source>
        <translation>Aucun jeton. Créez-en un avec &apos;fairstart-node token create&apos;.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>purposes</source>
        <translation>finalités</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé le</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>expire le</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>Token %1 was already revoked.</source>
        <translation>Le jeton %1 était déjà révoqué.</translation>
    </message>
    <message>
        <source>Revoked token %1; a running server refuses it from its next request.</source>
        <translation>Jeton %1 révoqué&#xa0;; un serveur en cours d&apos;exécution le refuse dès sa prochaine requête.</translation>
    </message>
    <message>
        <source>(default %1; WEAKER than the privacy rules)</source>
        <translation>(par défaut&#xa0;: %1&#xa0;; MOINS STRICT que les règles de confidentialité)</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>(default %1)</source>
        <translation>(par défaut&#xa0;: %1)</translation>
    </message>
    <message>
        <source>%1 = %2 (restart &apos;serve&apos; to apply it).</source>
        <translation>%1 = %2 (redémarrez &apos;serve&apos; pour l&apos;appliquer).</translation>
    </message>
    <message>
        <source>There is no certificate %1. Run &apos;fairstart-node init&apos; first, or check --data-dir.</source>
        <translation>Le certificat %1 n&apos;existe pas. Exécutez d&apos;abord &apos;fairstart-node init&apos;, ou vérifiez --data-dir.</translation>
    </message>
    <message>
        <source>There is no site store in %1. Run &apos;fairstart-node init --data-dir %1 --name NAME&apos; first, or check --data-dir.</source>
        <translation>Il n&apos;y a pas de base de données chiffrée du site dans %1. Exécutez d&apos;abord &apos;fairstart-node init --data-dir %1 --name NAME&apos;, ou vérifiez --data-dir.</translation>
    </message>
    <message>
        <source>The audit chain is broken at entry %1: %2. The log was altered outside fairstart-node; keep a copy of the data dir for investigation and restore a backup.</source>
        <translation>La chaîne d&apos;audit est rompue à l&apos;entrée %1&#xa0;: %2. Le journal a été modifié en dehors de fairstart-node&#xa0;; conservez une copie du répertoire de données pour l&apos;enquête et restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The audit chain is intact: %1 entries verified.</source>
        <translation>La chaîne d&apos;audit est intacte&#xa0;: %1 entrées vérifiées.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Check --schema-out.</source>
        <translation>Impossible d&apos;écrire %1 (%2). Vérifiez --schema-out.</translation>
    </message>
    <message>
        <source>Wrote %1 synthetic children (%2, seed %3) to %4.</source>
        <translation>%1 enfants synthétiques écrits (%2, graine %3) dans %4.</translation>
    </message>
    <message>
        <source>create a node: encrypted store, TLS key and certificate, signing keys, policy file; prints the certificate pin</source>
        <translation>créer un nœud&#xa0;: base de données chiffrée, clé et certificat TLS, clés de signature, fichier de politique du site&#xa0;; affiche l&apos;empreinte épinglée du certificat</translation>
    </message>
    <message>
        <source>the node&apos;s name, shown to analysts</source>
        <translation>le nom du nœud, affiché aux analystes</translation>
    </message>
    <message>
        <source>a name or address of the node for its certificate (repeatable; default localhost, 127.0.0.1, ::1)</source>
        <translation>un nom ou une adresse du nœud pour son certificat (répétable&#xa0;; par défaut localhost, 127.0.0.1, ::1)</translation>
    </message>
    <message>
        <source>import a CSV file as a dataset (all or nothing; replaces an earlier import of the same name)</source>
        <translation>importer un fichier CSV comme jeu de données (tout ou rien&#xa0;; remplace une importation antérieure du même nom)</translation>
    </message>
    <message>
        <source>the dataset&apos;s name</source>
        <translation>le nom du jeu de données</translation>
    </message>
    <message>
        <source>the CSV file (comma or semicolon separated, header line)</source>
        <translation>le fichier CSV (séparateur virgule ou point-virgule, avec ligne d&apos;en-tête)</translation>
    </message>
    <message>
        <source>a JSON schema with column types, labels, consent columns (see docs/node.md)</source>
        <translation>un schéma JSON avec les types de colonnes, les libellés et les colonnes de consentement (voir docs/node.md)</translation>
    </message>
    <message>
        <source>Column kinds are inferred unless the schema gives them: &apos;record_id&apos; is the record id, &apos;consent_&lt;purpose&gt;&apos; a consent flag, numbers are numeric (binary when all are 0 or 1), text is categorical. Empty cells and NA are missing.</source>
        <translation>Le type des colonnes est déduit, sauf si le schéma le précise&#xa0;: &apos;record_id&apos; est l&apos;identifiant d&apos;enregistrement, &apos;consent_&lt;purpose&gt;&apos; un indicateur de consentement, les nombres sont numériques (binaires si toutes les valeurs valent 0 ou 1), le texte est catégoriel. Les cellules vides et NA sont des valeurs manquantes.</translation>
    </message>
    <message>
        <source>list the datasets</source>
        <translation>lister les jeux de données</translation>
    </message>
    <message>
        <source>show a dataset&apos;s columns</source>
        <translation>afficher les colonnes d&apos;un jeu de données</translation>
    </message>
    <message>
        <source>create an access token; prints only the token</source>
        <translation>créer un jeton d&apos;accès&#xa0;; n&apos;affiche que le jeton</translation>
    </message>
    <message>
        <source>who the token is for</source>
        <translation>la personne à qui le jeton est destiné</translation>
    </message>
    <message>
        <source>the purposes it may be used for, e.g. research</source>
        <translation>les finalités pour lesquelles il peut être utilisé, par ex. research</translation>
    </message>
    <message>
        <source>days until it expires (default 90, 0 = never)</source>
        <translation>nombre de jours avant expiration (90 par défaut, 0 = jamais)</translation>
    </message>
    <message>
        <source>list tokens (never their secrets)</source>
        <translation>lister les jetons (jamais leurs secrets)</translation>
    </message>
    <message>
        <source>revoke a token</source>
        <translation>révoquer un jeton</translation>
    </message>
    <message>
        <source>the token&apos;s id from &apos;token list&apos;</source>
        <translation>l&apos;id du jeton, tel qu&apos;affiché par &apos;token list&apos;</translation>
    </message>
    <message>
        <source>show the disclosure policy and service limits</source>
        <translation>afficher la politique de divulgation et les limites du service</translation>
    </message>
    <message>
        <source>change one policy value (audited; weaker than the default warns)</source>
        <translation>modifier une valeur de la politique du site (consigné au journal d&apos;audit&#xa0;; avertit si la valeur est moins stricte que celle par défaut)</translation>
    </message>
    <message>
        <source>print the TLS certificate&apos;s public-key pin</source>
        <translation>afficher l&apos;empreinte épinglée de la clé publique du certificat TLS</translation>
    </message>
    <message>
        <source>run the HTTPS API until SIGTERM or SIGINT</source>
        <translation>exécuter l&apos;API HTTPS jusqu&apos;à SIGTERM ou SIGINT</translation>
    </message>
    <message>
        <source>address to listen on (default 127.0.0.1:8443)</source>
        <translation>adresse d&apos;écoute (127.0.0.1:8443 par défaut)</translation>
    </message>
    <message>
        <source>plain HTTP without TLS, for development on loopback only</source>
        <translation>HTTP simple sans TLS, uniquement pour le développement en boucle locale</translation>
    </message>
    <message>
        <source>recompute the audit hash chain</source>
        <translation>recalculer la chaîne de hachage du journal d&apos;audit</translation>
    </message>
    <message>
        <source>print audit entries (default: the last 50)</source>
        <translation>afficher les entrées du journal d&apos;audit (par défaut&#xa0;: les 50 dernières)</translation>
    </message>
    <message>
        <source>first sequence number to show</source>
        <translation>premier numéro de séquence à afficher</translation>
    </message>
    <message>
        <source>how many entries (default 50)</source>
        <translation>nombre d&apos;entrées (50 par défaut)</translation>
    </message>
    <message>
        <source>one JSON object per line</source>
        <translation>un objet JSON par ligne</translation>
    </message>
    <message>
        <source>write a synthetic early-childhood cohort as CSV</source>
        <translation>écrire une cohorte synthétique de la petite enfance au format CSV</translation>
    </message>
    <message>
        <source>the site type: youth-health-service, hospital or municipality</source>
        <translation>le type de site&#xa0;: youth-health-service, hospital ou municipality</translation>
    </message>
    <message>
        <source>number of children</source>
        <translation>nombre d&apos;enfants</translation>
    </message>
    <message>
        <source>random seed (default 1); a seed always gives one file</source>
        <translation>graine aléatoire (1 par défaut)&#xa0;; une même graine donne toujours le même fichier</translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation>le fichier CSV à écrire</translation>
    </message>
    <message>
        <source>also write an import schema with labels</source>
        <translation>écrire aussi un schéma d&apos;importation avec les libellés</translation>
    </message>
    <message>
        <source>The true model behind the outcomes is documented in docs/node.md.</source>
        <translation>Le vrai modèle à l&apos;origine des variables de résultat est documenté dans docs/node.md.</translation>
    </message>
    <message>
        <source>Usage: fairstart-node COMMAND [OPTIONS]</source>
        <translation>Usage&#xa0;: fairstart-node COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>The Fairstart data-site node: keeps records encrypted and answers analysts only with aggregates that pass its disclosure checks.</source>
        <translation>Le nœud d&apos;un site de données Fairstart&#xa0;: il conserve les enregistrements chiffrés et ne répond aux analystes que par des agrégats qui passent ses contrôles de divulgation.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>The store passphrase comes from FAIRSTART_NODE_PASSPHRASE or --passphrase-file FILE, never from the command line.</source>
        <translation>La phrase secrète de la base de données chiffrée provient de FAIRSTART_NODE_PASSPHRASE ou de --passphrase-file FILE, jamais de la ligne de commande.</translation>
    </message>
    <message>
        <source>Run &apos;fairstart-node COMMAND --help&apos; for a command&apos;s options; see docs/node.md for the administration guide.</source>
        <translation>Exécutez &apos;fairstart-node COMMAND --help&apos; pour les options d&apos;une commande&#xa0;; consultez docs/node.md pour le guide d&apos;administration.</translation>
    </message>
    <message>
        <source>Usage: fairstart-node %1</source>
        <translation>Usage&#xa0;: fairstart-node %1</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1 (%2). Check --passphrase-file.</source>
        <translation>Impossible de lire le fichier de phrase secrète %1 (%2). Vérifiez --passphrase-file.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty. Put the passphrase on its first line.</source>
        <translation>Le fichier de phrase secrète %1 est vide. Écrivez la phrase secrète sur sa première ligne.</translation>
    </message>
    <message>
        <source>No passphrase for the site store. Set the environment variable FAIRSTART_NODE_PASSPHRASE or use --passphrase-file FILE.</source>
        <translation>Aucune phrase secrète pour la base de données chiffrée du site. Définissez la variable d&apos;environnement FAIRSTART_NODE_PASSPHRASE ou utilisez --passphrase-file FILE.</translation>
    </message>
    <message>
        <source>protocol %1</source>
        <translation>protocole %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand: %2.</source>
        <translation>&apos;%1&apos; nécessite une sous-commande&#xa0;: %2.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1 %2&apos;; use one of: %3.</source>
        <translation>commande inconnue &apos;%1 %2&apos;&#xa0;; utilisez l&apos;une des suivantes&#xa0;: %3.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Run &apos;fairstart-node --help&apos; for the list.</source>
        <translation>commande inconnue &apos;%1&apos;. Exécutez &apos;fairstart-node --help&apos; pour en voir la liste.</translation>
    </message>
    <message>
        <source>Minimum number of records in a cohort after consent, filters and missing values.</source>
        <translation>Nombre minimal d&apos;enregistrements dans une cohorte, après consentement, filtres et valeurs manquantes.</translation>
    </message>
    <message>
        <source>Minimum count of every released cell: each level of a factor, each outcome class, joint cells of binary design columns, histogram bins.</source>
        <translation>Effectif minimal de chaque cellule publiée&#xa0;: chaque modalité d&apos;un facteur, chaque classe de résultat, cellules croisées des colonnes binaires de la conception, intervalles d&apos;histogramme.</translation>
    </message>
    <message>
        <source>Minimum size of a filtered cohort and of its complement (differencing).</source>
        <translation>Taille minimale d&apos;une cohorte filtrée et de son complément (protection contre la différenciation).</translation>
    </message>
    <message>
        <source>Events (rarer outcome class) needed per model parameter.</source>
        <translation>Nombre d&apos;événements (classe de résultat la plus rare) requis par paramètre du modèle.</translation>
    </message>
    <message>
        <source>Minimum residual degrees of freedom (records minus parameters).</source>
        <translation>Nombre minimal de degrés de liberté résiduels (enregistrements moins paramètres).</translation>
    </message>
    <message>
        <source>Maximum Newton rounds per job (a client cannot probe with endless chosen coefficients).</source>
        <translation>Nombre maximal de tours de Newton par tâche (un client ne peut pas sonder à l&apos;infini avec des coefficients de son choix).</translation>
    </message>
    <message>
        <source>A released sum is withheld when its top records make up more than this share of it.</source>
        <translation>Une somme publiée est masquée lorsque ses plus grands enregistrements en représentent une part supérieure à cette valeur.</translation>
    </message>
    <message>
        <source>How many top records the dominance rule adds up.</source>
        <translation>Nombre de plus grands enregistrements additionnés par la règle de dominance.</translation>
    </message>
    <message>
        <source>Maximum jobs a user may open per UTC day.</source>
        <translation>Nombre maximal de tâches qu&apos;un utilisateur peut ouvrir par jour UTC.</translation>
    </message>
    <message>
        <source>1: a purpose for which a dataset has no consent_&lt;purpose&gt; column may use no record of it. 0: every record may be used for such a purpose.</source>
        <translation>1&#xa0;: une finalité pour laquelle un jeu de données n&apos;a pas de colonne consent_&lt;purpose&gt; ne peut utiliser aucun de ses enregistrements. 0&#xa0;: tous les enregistrements peuvent être utilisés pour une telle finalité.</translation>
    </message>
    <message>
        <source>Largest request body the server accepts, in bytes.</source>
        <translation>Taille maximale du corps de requête acceptée par le serveur, en octets.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 doit être un nombre entier</translation>
    </message>
    <message>
        <source>%1 = %2 passes the hard limit %3, which no policy may pass</source>
        <translation>%1 = %2 dépasse la limite absolue %3, qu&apos;aucune politique de site ne peut dépasser</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation>%1 doit être compris entre %2 et %3</translation>
    </message>
    <message>
        <source>There is no policy file %1. Run &apos;fairstart-node init&apos; or restore the file.</source>
        <translation>Le fichier de politique du site %1 n&apos;existe pas. Exécutez &apos;fairstart-node init&apos; ou restaurez le fichier.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2). Check its permissions.</source>
        <translation>Impossible de lire %1 (%2). Vérifiez ses droits d&apos;accès.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Check the permissions of the data dir.</source>
        <translation>Impossible d&apos;écrire %1 (%2). Vérifiez les droits d&apos;accès du répertoire de données.</translation>
    </message>
    <message>
        <source>There is no policy key &apos;%1&apos;. &apos;fairstart-node policy show&apos; lists them.</source>
        <translation>La clé &apos;%1&apos; n&apos;existe pas dans la politique du site. &apos;fairstart-node policy show&apos; liste les clés.</translation>
    </message>
    <message>
        <source>%1 line %2: %3. Fix the line or run &apos;fairstart-node policy set&apos;.</source>
        <translation>%1, ligne %2&#xa0;: %3. Corrigez la ligne ou exécutez &apos;fairstart-node policy set&apos;.</translation>
    </message>
    <message>
        <source>expected &apos;key = value&apos;</source>
        <translation>&apos;key = value&apos; attendu</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>clé inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set twice</source>
        <translation>&apos;%1&apos; est défini deux fois</translation>
    </message>
    <message>
        <source># Fairstart node policy. One &apos;key = value&apos; per line; &apos;#&apos; starts a comment.
# The defaults are those of docs/privacy-rules.md. A privacy threshold set weaker than its
# default prints a warning and is written to the audit log; counts can never go below 3.
# Change values with &apos;fairstart-node policy set KEY VALUE&apos; (audited) and restart &apos;serve&apos;.
</source>
        <translation># Politique du site pour le nœud Fairstart. Une ligne &apos;key = value&apos; par réglage ; &apos;#&apos; commence un commentaire.
# Les valeurs par défaut sont celles de docs/privacy-rules.md. Un seuil de confidentialité moins strict que sa
# valeur par défaut affiche un avertissement et est consigné dans le journal d&apos;audit ; un seuil d&apos;effectif n&apos;est jamais inférieur à 3.
# Modifiez les valeurs avec &apos;fairstart-node policy set KEY VALUE&apos; (consigné dans le journal d&apos;audit), puis redémarrez &apos;serve&apos;.
</translation>
    </message>
    <message>
        <source># default %1, allowed %2 to %3 (%4 is stricter)
</source>
        <translation># par défaut %1, autorisé de %2 à %3 (une valeur %4 est plus stricte)
</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>plus élevée</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>plus basse</translation>
    </message>
    <message>
        <source># default %1, allowed %2 to %3
</source>
        <translation># par défaut %1, autorisé de %2 à %3
</translation>
    </message>
    <message>
        <source>warning: %1 = %2 is weaker than the default %3 of the privacy rules; the change is recorded in the audit log.</source>
        <translation>avertissement : %1 = %2 est moins strict que la valeur par défaut %3 des règles de confidentialité ; la modification est consignée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>warning: %1 = %2 is weaker than the default %3 of the privacy rules.</source>
        <translation>avertissement : %1 = %2 est moins strict que la valeur par défaut %3 des règles de confidentialité.</translation>
    </message>
    <message>
        <source>The request is larger than this node accepts. Send a smaller body.</source>
        <translation>La requête dépasse la taille acceptée par ce nœud. Envoyez un corps de requête plus petit.</translation>
    </message>
    <message>
        <source>The request path is too long. Check the URL.</source>
        <translation>Le chemin de la requête est trop long. Vérifiez l&apos;URL.</translation>
    </message>
    <message>
        <source>The node failed to answer this request. Try again; if it keeps failing, tell the site administrator.</source>
        <translation>Le nœud n&apos;a pas pu répondre à cette requête. Réessayez ; si l&apos;échec persiste, prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>The node could not read this request. Check that it is well-formed HTTP/1.1 with a JSON body.</source>
        <translation>Le nœud n&apos;a pas pu lire cette requête. Vérifiez qu&apos;il s&apos;agit d&apos;une requête HTTP/1.1 bien formée, avec un corps JSON.</translation>
    </message>
    <message>
        <source>The TLS certificate or key in %1 cannot be read. Check the files&apos; permissions, or run &apos;fairstart-node init&apos; for a new data dir.</source>
        <translation>Le certificat TLS ou la clé dans %1 ne peut pas être lu. Vérifiez les droits d&apos;accès aux fichiers, ou lancez &apos;fairstart-node init&apos; pour créer un nouveau répertoire de données.</translation>
    </message>
    <message>
        <source>No TLS certificate and key: the node serves HTTPS only (plain HTTP needs --insecure-dev, for development).</source>
        <translation>Aucun certificat ni clé TLS : le nœud ne fonctionne qu&apos;en HTTPS (le HTTP simple nécessite --insecure-dev, réservé au développement).</translation>
    </message>
    <message>
        <source>The TLS certificate and key could not be used (not PEM, or not a pair). Check the files in the data dir&apos;s tls folder.</source>
        <translation>Le certificat et la clé TLS n&apos;ont pas pu être utilisés (format autre que PEM, ou ils ne forment pas une paire). Vérifiez les fichiers du dossier tls du répertoire de données.</translation>
    </message>
    <message>
        <source>Chunked request bodies are not accepted. Send the body with a Content-Length.</source>
        <translation>Les corps de requête fragmentés (chunked) ne sont pas acceptés. Envoyez le corps avec un en-tête Content-Length.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2. Check that the address is local and the port free.</source>
        <translation>Impossible d&apos;écouter sur %1:%2. Vérifiez que l&apos;adresse est locale et que le port est libre.</translation>
    </message>
    <message>
        <source>The server did not start.</source>
        <translation>Le serveur n&apos;a pas démarré.</translation>
    </message>
    <message>
        <source>The site store failed while %1 (%2). Check that the disk is not full and the data dir is writable; if it persists, restore a backup.</source>
        <translation>Erreur de la base de données chiffrée du site pendant l&apos;opération &apos;%1&apos; (%2). Vérifiez que le disque n&apos;est pas plein et que le répertoire de données est accessible en écriture ; si le problème persiste, restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The site store was written by a newer fairstart-node (schema %1). Install that version or newer.</source>
        <translation>La base de données chiffrée du site a été écrite par une version plus récente de fairstart-node (schéma %1). Installez cette version ou une version plus récente.</translation>
    </message>
    <message>
        <source>The site store has an unknown schema version (%1). Restore a backup or create a new data dir.</source>
        <translation>La base de données chiffrée du site a une version de schéma inconnue (%1). Restaurez une sauvegarde ou créez un nouveau répertoire de données.</translation>
    </message>
    <message>
        <source>The site store holds no key &apos;%1&apos;. Run &apos;fairstart-node init&apos; on a new data dir.</source>
        <translation>La base de données chiffrée du site ne contient pas de clé &apos;%1&apos;. Lancez &apos;fairstart-node init&apos; sur un nouveau répertoire de données.</translation>
    </message>
    <message>
        <source>The dataset&apos;s record ids, rows and columns do not agree.</source>
        <translation>Les identifiants d&apos;enregistrement, les lignes et les colonnes du jeu de données ne concordent pas.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid user name. Use 1 to 64 letters, digits or . _ @ -.</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom d&apos;utilisateur valide. Utilisez de 1 à 64 lettres, chiffres ou . _ @ -.</translation>
    </message>
    <message>
        <source>A token needs at least one purpose, e.g. --purpose research.</source>
        <translation>Un jeton nécessite au moins une finalité, p. ex. --purpose research.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid purpose. Use 1 to 32 lower-case letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>&apos;%1&apos; n&apos;est pas une finalité valide. Utilisez de 1 à 32 lettres minuscules, chiffres, &apos;_&apos; ou &apos;-&apos;, en commençant par une lettre.</translation>
    </message>
    <message>
        <source>A token may live at most 3650 days; give a smaller --expires-days.</source>
        <translation>Un jeton peut être valable 3650 jours au maximum ; indiquez une valeur --expires-days plus petite.</translation>
    </message>
    <message>
        <source>There is no token with id &apos;%1&apos;. &apos;fairstart-node token list&apos; shows the ids.</source>
        <translation>Aucun jeton ne porte l&apos;identifiant &apos;%1&apos;. &apos;fairstart-node token list&apos; affiche les identifiants.</translation>
    </message>
    <message>
        <source>entry %1 is missing (the next entry is %2)</source>
        <translation>l&apos;entrée %1 est absente (l&apos;entrée suivante est %2)</translation>
    </message>
    <message>
        <source>entry %1 is out of order or changed (it carries sequence number %2)</source>
        <translation>l&apos;entrée %1 est hors séquence ou a été modifiée (elle porte le numéro de séquence %2)</translation>
    </message>
    <message>
        <source>entry %1 does not follow entry %2: an entry was removed, changed or reordered</source>
        <translation>l&apos;entrée %1 ne suit pas l&apos;entrée %2 : une entrée a été supprimée, modifiée ou déplacée</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>l&apos;entrée %1 a été modifiée après son écriture</translation>
    </message>
    <message>
        <source>the log ends at entry %1 but %2 entries were written: the last entries were removed</source>
        <translation>le journal s&apos;arrête à l&apos;entrée %1 alors que %2 entrées ont été écrites : les dernières entrées ont été supprimées</translation>
    </message>
    <message>
        <source>the last entry (%1) does not match the recorded head of the chain</source>
        <translation>la dernière entrée (%1) ne correspond pas à la tête de chaîne enregistrée</translation>
    </message>
    <message>
        <source>There is no dataset &apos;%1&apos; in this node. &apos;fairstart-node import&apos; adds one.</source>
        <translation>Ce nœud ne contient aucun jeu de données &apos;%1&apos;. &apos;fairstart-node import&apos; permet d&apos;en ajouter un.</translation>
    </message>
    <message>
        <source>The stored dataset &apos;%1&apos; is damaged. Import it again.</source>
        <translation>Le jeu de données enregistré &apos;%1&apos; est endommagé. Importez-le à nouveau.</translation>
    </message>
    <message>
        <source>The head of the audit chain is damaged. Run &apos;fairstart-node audit verify&apos; and restore a backup.</source>
        <translation>La tête de la chaîne d&apos;audit est endommagée. Lancez &apos;fairstart-node audit verify&apos; et restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot open the site store %1 (%2). Check the path and its permissions.</source>
        <translation>Impossible d&apos;ouvrir la base de données chiffrée du site %1 (%2). Vérifiez le chemin et ses droits d&apos;accès.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>La phrase secrète est trop courte : utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <source>%1 already holds a site store. Use another --data-dir, or remove the old one if you really mean to start again.</source>
        <translation>%1 contient déjà une base de données chiffrée du site. Utilisez un autre --data-dir, ou supprimez l&apos;ancienne si vous voulez vraiment repartir de zéro.</translation>
    </message>
    <message>
        <source>Cannot create the data dir %1. Check the path and permissions.</source>
        <translation>Impossible de créer le répertoire de données %1. Vérifiez le chemin et les droits d&apos;accès.</translation>
    </message>
    <message>
        <source>read the new passphrase from FILE (default: the environment variable FAIRSTART_NODE_NEW_PASSPHRASE)</source>
        <translation>lire la nouvelle phrase secrète dans FILE (par défaut&#xa0;: la variable d&apos;environnement FAIRSTART_NODE_NEW_PASSPHRASE)</translation>
    </message>
    <message>
        <source>Cannot read the new passphrase file %1 (%2). Check --new-passphrase-file.</source>
        <translation>Impossible de lire le fichier de la nouvelle phrase secrète %1 (%2). Vérifiez --new-passphrase-file.</translation>
    </message>
    <message>
        <source>The new passphrase file %1 is empty. Put the new passphrase on its first line.</source>
        <translation>Le fichier de la nouvelle phrase secrète %1 est vide. Écrivez la nouvelle phrase secrète sur sa première ligne.</translation>
    </message>
    <message>
        <source>No new passphrase. Set the environment variable FAIRSTART_NODE_NEW_PASSPHRASE or use --new-passphrase-file FILE.</source>
        <translation>Aucune nouvelle phrase secrète. Définissez la variable d&apos;environnement FAIRSTART_NODE_NEW_PASSPHRASE ou utilisez --new-passphrase-file FILE.</translation>
    </message>
    <message>
        <source>Another fairstart-node (process %1) is using %2: &apos;serve&apos; or a passphrase change. Stop it first (for the service: systemctl stop fairstart-node) and try again.</source>
        <translation>Un autre fairstart-node (processus %1) utilise %2&#xa0;: &apos;serve&apos; ou un changement de phrase secrète. Arrêtez-le d&apos;abord (pour le service&#xa0;: systemctl stop fairstart-node) puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1. Check that the data dir is writable by this user.</source>
        <translation>Impossible de créer le fichier de verrou %1. Vérifiez que cet utilisateur peut écrire dans le répertoire de données.</translation>
    </message>
    <message>
        <source>The passphrase change could not be written to the audit log (%1), so it was undone: the current passphrase still opens the store.</source>
        <translation>Le changement de phrase secrète n&apos;a pas pu être inscrit dans le journal d&apos;audit (%1), il a donc été annulé&#xa0;: la phrase secrète actuelle ouvre toujours la base.</translation>
    </message>
    <message>
        <source>The passphrase change could not be written to the audit log (%1), and undoing it failed (%2): the NEW passphrase opens the store now.</source>
        <translation>Le changement de phrase secrète n&apos;a pas pu être inscrit dans le journal d&apos;audit (%1) et son annulation a échoué (%2)&#xa0;: c&apos;est maintenant la NOUVELLE phrase secrète qui ouvre la base.</translation>
    </message>
    <message>
        <source>Changed the passphrase of the site store in %1. Only the new passphrase opens it now: update FAIRSTART_NODE_PASSPHRASE or the passphrase file before the next &apos;serve&apos;. Backups made before now still need the old one.</source>
        <translation>La phrase secrète de la base de données chiffrée du site dans %1 a été changée. Seule la nouvelle phrase secrète l&apos;ouvre désormais&#xa0;: mettez à jour FAIRSTART_NODE_PASSPHRASE ou le fichier de phrase secrète avant le prochain &apos;serve&apos;. Les sauvegardes antérieures demandent toujours l&apos;ancienne.</translation>
    </message>
    <message>
        <source>change the passphrase of the site store (stop &apos;serve&apos; first)</source>
        <translation>changer la phrase secrète de la base de données chiffrée du site (arrêtez d&apos;abord &apos;serve&apos;)</translation>
    </message>
    <message>
        <source>The whole store is re-encrypted under the new passphrase in one transaction; the change is audited. It needs at least 8 characters, like init. Refused while &apos;serve&apos; runs on the data dir.</source>
        <translation>Toute la base est rechiffrée avec la nouvelle phrase secrète en une seule transaction&#xa0;; le changement est inscrit au journal d&apos;audit. Elle doit compter au moins 8 caractères, comme pour init. Refusé tant que &apos;serve&apos; tourne sur le répertoire de données.</translation>
    </message>
    <message>
        <source>The new passphrase is too short: use at least %1 characters.</source>
        <translation>La nouvelle phrase secrète est trop courte&#xa0;: utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one. Choose another one.</source>
        <translation>La nouvelle phrase secrète est identique à l&apos;actuelle. Choisissez-en une autre.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed; the current passphrase still opens the site store. Check that no other program uses the data dir and that the disk is not full, then try again.</source>
        <translation>La phrase secrète n&apos;a pas pu être changée&#xa0;; la phrase secrète actuelle ouvre toujours la base de données chiffrée du site. Vérifiez qu&apos;aucun autre programme n&apos;utilise le répertoire de données et que le disque n&apos;est pas plein, puis réessayez.</translation>
    </message>
    <message>
        <source>After the passphrase change neither the current nor the new passphrase opens the site store in %1. Restore the data dir from a backup.</source>
        <translation>Après le changement de phrase secrète, ni l&apos;ancienne ni la nouvelle phrase secrète n&apos;ouvre la base de données chiffrée du site dans %1. Restaurez le répertoire de données à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Histogram edges must be at least two finite numbers in strictly increasing order.</source>
        <translation>Les bornes d&apos;un histogramme doivent être au moins deux nombres finis, dans un ordre strictement croissant.</translation>
    </message>
    <message>
        <source>A two-way table needs two categorical or binary variables. Describe a numeric variable with a histogram instead.</source>
        <translation>Un tableau croisé nécessite deux variables catégorielles ou binaires. Décrivez plutôt une variable numérique par un histogramme.</translation>
    </message>
    <message>
        <source>The node withheld an answer that did not pass its release gate. Tell the site administrator.</source>
        <translation>Le nœud a masqué une réponse qui n&apos;a pas passé son contrôle de publication. Prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>The design&apos;s levels of a variable lack a level the catalogue lists. Resolve the design again with this site&apos;s catalogue.</source>
        <translation>Dans la conception, il manque à une variable une modalité indiquée par le catalogue. Mettez de nouveau la conception en correspondance avec le catalogue de ce site.</translation>
    </message>
    <message>
        <source>A categorical variable is filtered by its levels, not by numeric bounds. Use the levels the catalogue lists.</source>
        <translation>Une variable catégorielle se filtre par ses modalités, pas par des bornes numériques. Utilisez les modalités indiquées par le catalogue.</translation>
    </message>
    <message>
        <source>A categorical variable can only be used as a factor (treatment coding). Use it as a factor.</source>
        <translation>Une variable catégorielle ne peut être utilisée que comme facteur (codage par indicatrices). Utilisez-la comme facteur.</translation>
    </message>
    <message>
        <source>log() is undefined at 0, a value of every 0/1 variable. Use the variable as is.</source>
        <translation>log() n&apos;est pas défini en 0, une valeur de toute variable 0/1. Utilisez la variable telle quelle.</translation>
    </message>
    <message>
        <source>A numeric variable cannot be used as a factor at this node: its values are not in the catalogue. Use it as a number, or ask for a categorical version of it.</source>
        <translation>Une variable numérique ne peut pas être utilisée comme facteur sur ce nœud&#xa0;: ses valeurs ne figurent pas dans le catalogue. Utilisez-la comme nombre, ou demandez-en une version catégorielle.</translation>
    </message>
    <message>
        <source>A binomial model needs a yes/no outcome: a binary catalogue variable, a categorical one with two levels, or a numeric one with a threshold (I(y &gt; value)).</source>
        <translation>Un modèle binomial nécessite une variable de résultat oui/non&#xa0;: une variable binaire du catalogue, une variable catégorielle à deux modalités, ou une variable numérique avec un seuil (I(y &gt; value)).</translation>
    </message>
    <message>
        <source>A categorical outcome of a binomial model must have exactly the two levels the catalogue lists, and no threshold.</source>
        <translation>Une variable de résultat catégorielle d&apos;un modèle binomial doit avoir exactement les deux modalités indiquées par le catalogue, et aucun seuil.</translation>
    </message>
    <message>
        <source>A categorical outcome can only be modelled with the binomial family.</source>
        <translation>Une variable de résultat catégorielle ne peut être modélisée qu&apos;avec la famille binomiale.</translation>
    </message>
    <message>
        <source>The offset must be a numeric variable.</source>
        <translation>L&apos;offset doit être une variable numérique.</translation>
    </message>
    <message>
        <source>The export could not be written. Check that the disk is not full and the output is writable.</source>
        <translation>L&apos;export n&apos;a pas pu être écrit. Vérifiez que le disque n&apos;est pas plein et que la sortie est accessible en écriture.</translation>
    </message>
    <message>
        <source>The design lists a level its variable does not have in the catalogue. Resolve the design again from the catalogue&apos;s levels.</source>
        <translation>La conception indique une modalité que sa variable n&apos;a pas dans le catalogue. Mettez de nouveau la conception en correspondance avec les modalités du catalogue.</translation>
    </message>
    <message>
        <source>The design lists a level twice. List each level of a factor once.</source>
        <translation>La conception indique une modalité deux fois. Indiquez chaque modalité d&apos;un facteur une seule fois.</translation>
    </message>
    <message>
        <source>The request has more filters than this node allows (%1). Combine them: a filter takes a list of values or a range.</source>
        <translation>La requête comporte plus de filtres que ce nœud n&apos;en autorise (%1). Regroupez-les&#xa0;: un filtre accepte une liste de valeurs ou un intervalle.</translation>
    </message>
    <message>
        <source>The design has more parameters than this node allows (%1; factor levels and interactions each add columns). Use fewer levels, interactions or spline knots.</source>
        <translation>La conception comporte plus de paramètres que ce nœud n&apos;en autorise (%1&#xa0;; les modalités des facteurs et les interactions ajoutent chacune des colonnes). Utilisez moins de modalités, d&apos;interactions ou de nœuds de spline.</translation>
    </message>
    <message>
        <source>The design matrix of this model on this dataset would need more memory than the node allows for one job (%1 MiB). Use fewer parameters, or filter the cohort and ask the site administrator about max_design_mb_per_job.</source>
        <translation>La matrice de conception de ce modèle sur ce jeu de données nécessiterait plus de mémoire que le nœud n&apos;en autorise pour une tâche (%1 MiB). Utilisez moins de paramètres, ou filtrez la cohorte et interrogez l&apos;administrateur du site au sujet de max_design_mb_per_job.</translation>
    </message>
    <message>
        <source>This job would need more memory than one user may hold on this node (%1 MiB). Use fewer parameters or a smaller cohort.</source>
        <translation>Cette tâche nécessiterait plus de mémoire qu&apos;un utilisateur ne peut en occuper sur ce nœud (%1 MiB). Utilisez moins de paramètres ou une cohorte plus petite.</translation>
    </message>
    <message>
        <source>You hold as many open jobs as this node allows one user (%1). Cancel jobs you no longer need (DELETE /v1/jobs/{id}) or try again in %2 seconds, when one of them expires.</source>
        <translation>Vous avez autant de tâches ouvertes que ce nœud en autorise par utilisateur (%1). Annulez les tâches dont vous n&apos;avez plus besoin (DELETE /v1/jobs/{id}) ou réessayez dans %2 secondes, quand l&apos;une d&apos;elles aura expiré.</translation>
    </message>
    <message>
        <source>Your open jobs hold your share of this node&apos;s job memory (%1 MiB). Cancel jobs you no longer need (DELETE /v1/jobs/{id}) or try again in %2 seconds, when one of them expires.</source>
        <translation>Vos tâches ouvertes occupent votre part de la mémoire des tâches de ce nœud (%1 MiB). Annulez les tâches dont vous n&apos;avez plus besoin (DELETE /v1/jobs/{id}) ou réessayez dans %2 secondes, quand l&apos;une d&apos;elles aura expiré.</translation>
    </message>
    <message>
        <source>The node holds as many open jobs as it allows (%1). Try again in %2 seconds.</source>
        <translation>Le nœud a atteint son nombre maximal de tâches ouvertes (%1). Réessayez dans %2 secondes.</translation>
    </message>
    <message>
        <source>The node&apos;s job memory (%1 MiB) is in use by open jobs. Try again in %2 seconds.</source>
        <translation>La mémoire des tâches du nœud (%1 MiB) est occupée par des tâches ouvertes. Réessayez dans %2 secondes.</translation>
    </message>
    <message>
        <source>A histogram has more edges than this node allows (%1). Use fewer, wider bins.</source>
        <translation>Un histogramme comporte plus de bornes que ce nœud n&apos;en autorise (%1). Utilisez des intervalles moins nombreux et plus larges.</translation>
    </message>
    <message>
        <source>The request names more variables (described or complete-case) and histograms than this node allows in one request (%1). Split it into several requests.</source>
        <translation>La requête cite plus de variables (décrites ou de cas complets) et d&apos;histogrammes que ce nœud n&apos;en autorise dans une requête (%1). Répartissez-la en plusieurs requêtes.</translation>
    </message>
    <message>
        <source>The request asks for more two-way tables than this node allows in one request (%1). Split it into several requests.</source>
        <translation>La requête demande plus de tableaux croisés que ce nœud n&apos;en autorise dans une requête (%1). Répartissez-la en plusieurs requêtes.</translation>
    </message>
    <message>
        <source>You have made the most descriptives requests this node allows per user and day (%1). Try again after midnight UTC.</source>
        <translation>Vous avez atteint le nombre maximal de requêtes de statistiques descriptives que ce nœud autorise par utilisateur et par jour (%1). Réessayez après minuit UTC.</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a UTC date; use an ISO date such as 2026-12-02 or a UTC time such as 2026-12-02T14:30:00Z.</source>
        <translation>--%1 &apos;%2&apos; n&apos;est pas une date UTC&#xa0;; utilisez une date ISO comme 2026-12-02 ou une heure UTC comme 2026-12-02T14:30:00Z.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2; no entry can match.</source>
        <translation>--from %1 est postérieur à --to %2&#xa0;; aucune entrée ne peut correspondre.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Check --output.</source>
        <translation>Impossible d&apos;écrire %1 (%2). Vérifiez --output.</translation>
    </message>
    <message>
        <source>Exported %1 of %2 audit entries.</source>
        <translation>%1 entrées du journal d&apos;audit exportées sur %2.</translation>
    </message>
    <message>
        <source>The audit chain is broken at entry %1: %2. Entries from %1 on cannot be trusted; the log was altered outside fairstart-node. Keep a copy of the data dir for investigation.</source>
        <translation>La chaîne d&apos;audit est rompue à l&apos;entrée %1&#xa0;: %2. Les entrées à partir de %1 ne sont pas fiables&#xa0;; le journal a été modifié en dehors de fairstart-node. Conservez une copie du répertoire de données pour l&apos;enquête.</translation>
    </message>
    <message>
        <source>export audit entries for the privacy officer (CSV or JSON lines)</source>
        <translation>exporter les entrées du journal d&apos;audit pour le délégué à la protection des données (CSV ou JSON Lines)</translation>
    </message>
    <message>
        <source>csv (default: one entry per row, the main fields) or jsonl (the full entry, one per line)</source>
        <translation>csv (par défaut&#xa0;: une entrée par ligne, avec les champs principaux) ou jsonl (l&apos;entrée complète, une par ligne)</translation>
    </message>
    <message>
        <source>only entries of this user (repeatable)</source>
        <translation>uniquement les entrées de cet utilisateur (répétable)</translation>
    </message>
    <message>
        <source>only entries from this UTC date (2026-12-02) or time (2026-12-02T14:30:00Z) on</source>
        <translation>uniquement les entrées à partir de cette date UTC (2026-12-02) ou de cette heure UTC (2026-12-02T14:30:00Z)</translation>
    </message>
    <message>
        <source>only entries up to this UTC date (its whole day) or time</source>
        <translation>uniquement les entrées jusqu&apos;à cette date UTC (journée entière comprise) ou cette heure UTC</translation>
    </message>
    <message>
        <source>only entries that checked rule R or were answered with code R (repeatable)</source>
        <translation>uniquement les entrées qui ont vérifié la règle R ou reçu une réponse de code R (répétable)</translation>
    </message>
    <message>
        <source>write to FILE (readable by its owner only) instead of stdout</source>
        <translation>écrire dans FILE (lisible par son seul propriétaire) au lieu de stdout</translation>
    </message>
    <message>
        <source>The filters combine: an entry is exported when it matches every option given (any of the values of a repeated one). The chain is verified first; a broken chain is reported and the command exits with 1 after the export.</source>
        <translation>Les filtres se combinent&#xa0;: une entrée est exportée lorsqu&apos;elle correspond à chaque option donnée (à l&apos;une des valeurs d&apos;une option répétée). La chaîne est d&apos;abord vérifiée&#xa0;; une chaîne rompue est signalée et la commande se termine avec le code 1 après l&apos;export.</translation>
    </message>
    <message>
        <source>A job without a new round for this long expires (a repeated round does not count).</source>
        <translation>Une tâche sans nouveau tour pendant cette durée expire (un tour répété ne compte pas).</translation>
    </message>
    <message>
        <source>A job expires this long after it was opened, however active it is.</source>
        <translation>Une tâche expire au bout de cette durée après son ouverture, quelle que soit son activité.</translation>
    </message>
    <message>
        <source>Most design columns (parameters) of one model, interactions included.</source>
        <translation>Nombre maximal de colonnes de la matrice de conception (paramètres) d&apos;un modèle, interactions comprises.</translation>
    </message>
    <message>
        <source>Largest design matrix of one job or evaluation, in MiB (records x parameters x 8 bytes).</source>
        <translation>Taille maximale de la matrice de conception d&apos;une tâche ou d&apos;une évaluation, en MiB (enregistrements x paramètres x 8 octets).</translation>
    </message>
    <message>
        <source>Memory of all open jobs&apos; design matrices together, in MiB.</source>
        <translation>Mémoire occupée par les matrices de conception de toutes les tâches ouvertes, en MiB.</translation>
    </message>
    <message>
        <source>Share of max_job_memory_mb one user&apos;s open jobs may hold, so no user can starve the others.</source>
        <translation>Part de max_job_memory_mb que peuvent occuper les tâches ouvertes d&apos;un utilisateur, afin qu&apos;aucun utilisateur ne prive les autres de ressources.</translation>
    </message>
    <message>
        <source>Most open jobs on the node, all users together.</source>
        <translation>Nombre maximal de tâches ouvertes sur le nœud, tous utilisateurs confondus.</translation>
    </message>
    <message>
        <source>Most open jobs of one user.</source>
        <translation>Nombre maximal de tâches ouvertes d&apos;un utilisateur.</translation>
    </message>
    <message>
        <source>Most filters in one request (each is a pass over every record).</source>
        <translation>Nombre maximal de filtres dans une requête (chacun parcourt tous les enregistrements).</translation>
    </message>
    <message>
        <source>Most edges of one histogram in a descriptives request.</source>
        <translation>Nombre maximal de bornes d&apos;un histogramme dans une requête de statistiques descriptives.</translation>
    </message>
    <message>
        <source>Most variables (described or complete-case) and histograms in one descriptives request (each histogram counts as one).</source>
        <translation>Nombre maximal de variables (décrites ou de cas complets) et d&apos;histogrammes dans une requête de statistiques descriptives (chaque histogramme compte pour un).</translation>
    </message>
    <message>
        <source>Most two-way tables in one descriptives request.</source>
        <translation>Nombre maximal de tableaux croisés dans une requête de statistiques descriptives.</translation>
    </message>
    <message>
        <source>Maximum descriptives requests a user may make per UTC day (refused requests count too).</source>
        <translation>Nombre maximal de requêtes de statistiques descriptives qu&apos;un utilisateur peut faire par jour UTC (les requêtes refusées comptent aussi).</translation>
    </message>
    <message>
        <source>warning: %1 is no longer used and is ignored: differencing is checked across all releases, users and purposes with min_cell (docs/privacy-rules.md). Remove the line from policy.conf.</source>
        <translation>avertissement&#xa0;: %1 n&apos;est plus utilisé et est ignoré&#xa0;: la différenciation est contrôlée avec min_cell sur l&apos;ensemble des publications, utilisateurs et finalités (docs/privacy-rules.md). Supprimez la ligne de policy.conf.</translation>
    </message>
    <message>
        <source>The differencing ledger of dataset &apos;%1&apos; cannot be read, so the node releases nothing from it. Restore a backup or import the dataset again (a new import starts a new ledger).</source>
        <translation>Le registre de différenciation du jeu de données &apos;%1&apos; ne peut pas être lu&#xa0;; le nœud n&apos;en publie donc rien. Restaurez une sauvegarde ou importez de nouveau le jeu de données (une nouvelle importation ouvre un nouveau registre).</translation>
    </message>
    <message>
        <source>The node could not record this request in its audit log. Tell the site administrator.</source>
        <translation>Le nœud n&apos;a pas pu consigner cette requête dans son journal d&apos;audit. Prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>entry %1 is beyond the recorded head of the chain (%2): it was added outside fairstart-node</source>
        <translation>l&apos;entrée %1 se situe au-delà de la tête de chaîne enregistrée (%2)&#xa0;: elle a été ajoutée en dehors de fairstart-node</translation>
    </message>
    <message>
        <source>There is no such resource on this node. See docs/protocol.md for the paths of the API (protocol version 2).</source>
        <translation>Cette ressource n&apos;existe pas sur ce nœud. Consultez docs/protocol.md pour les chemins de l&apos;API (version 2 du protocole).</translation>
    </message>
    <message>
        <source>The node could not read its record of studies. Tell the site administrator.</source>
        <translation>Le nœud n&apos;a pas pu lire son registre des études. Prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>This node evaluates only the final β of a model study that you ran with it (as participant or observer), that converged here, for the same purpose. Send the study&apos;s job id at this node after the study converged.</source>
        <translation>Ce nœud n&apos;évalue que le β final d&apos;une étude de modèle que vous avez menée avec lui (comme participant ou observateur) et qui a convergé ici, pour la même finalité. Envoyez l&apos;identifiant de tâche de l&apos;étude sur ce nœud une fois que l&apos;étude a convergé.</translation>
    </message>
    <message>
        <source>The node&apos;s record of the study is damaged. Tell the site administrator.</source>
        <translation>La trace de l&apos;étude conservée par le nœud est endommagée. Prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>The fitted study was run on another dataset, purpose or design. A calibration study uses the fitted study&apos;s own dataset, purpose and design.</source>
        <translation>L&apos;étude ajustée a été menée sur un autre jeu de données, pour une autre finalité ou avec une autre conception. Une étude de calibration utilise le jeu de données, la finalité et la conception de l&apos;étude ajustée elle-même.</translation>
    </message>
    <message>
        <source>The node&apos;s record of the fitted study is damaged. Tell the site administrator.</source>
        <translation>La trace de l&apos;étude ajustée conservée par le nœud est endommagée. Prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>This node has no signing or key-agreement key, so it cannot take part in studies. Tell the site administrator.</source>
        <translation>Ce nœud n&apos;a pas de clé de signature ni de clé d&apos;accord de clés&#xa0;; il ne peut donc pas participer à des études. Prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>The manifest has version %1; this node takes version 2. Update the Fairstart client.</source>
        <translation>Le manifeste est en version %1&#xa0;; ce nœud accepte la version 2. Mettez à jour le client Fairstart.</translation>
    </message>
    <message>
        <source>The study id must be 32 lower-case hexadecimal digits (128 random bits).</source>
        <translation>L&apos;identifiant d&apos;étude doit comporter 32 chiffres hexadécimaux en minuscules (128 bits aléatoires).</translation>
    </message>
    <message>
        <source>The manifest names no participant. A study needs at least one site that contributes.</source>
        <translation>Le manifeste ne nomme aucun participant. Une étude nécessite au moins un site qui contribue.</translation>
    </message>
    <message>
        <source>A site&apos;s name must be 1 to 128 characters without control characters.</source>
        <translation>Le nom d&apos;un site doit compter de 1 à 128 caractères, sans caractères de contrôle.</translation>
    </message>
    <message>
        <source>The keys of site &apos;%1&apos; are not 32-byte keys in base64. Take them from the site&apos;s /v1/info.</source>
        <translation>Les clés du site &apos;%1&apos; ne sont pas des clés de 32 octets en base64. Reprenez-les dans /v1/info du site.</translation>
    </message>
    <message>
        <source>The site &apos;%1&apos; appears twice in the manifest. Name every site once, as participant or observer.</source>
        <translation>Le site &apos;%1&apos; figure deux fois dans le manifeste. Nommez chaque site une seule fois, comme participant ou observateur.</translation>
    </message>
    <message>
        <source>A key of site &apos;%1&apos; is also another site&apos;s key (or its own other key). Every site has its own keys.</source>
        <translation>Une clé du site &apos;%1&apos; est aussi la clé d&apos;un autre site (ou son autre clé). Chaque site a ses propres clés.</translation>
    </message>
    <message>
        <source>The sites of the manifest must be sorted by name (byte-wise), so that every node sums in the same order.</source>
        <translation>Les sites du manifeste doivent être triés par nom (octet par octet), afin que chaque nœud additionne dans le même ordre.</translation>
    </message>
    <message>
        <source>The manifest does not name this node (&apos;%1&apos;) as a participant or observer. Build the manifest from this node&apos;s /v1/info.</source>
        <translation>Le manifeste ne nomme pas ce nœud (&apos;%1&apos;) comme participant ou observateur. Construisez le manifeste à partir de /v1/info de ce nœud.</translation>
    </message>
    <message>
        <source>The manifest names this node (&apos;%1&apos;) with other keys than its own. Check the keys you pinned for it against its /v1/info and the administrator&apos;s announcement.</source>
        <translation>Le manifeste nomme ce nœud (&apos;%1&apos;) avec d&apos;autres clés que les siennes. Comparez les clés que vous avez épinglées pour lui avec son /v1/info et l&apos;annonce de l&apos;administrateur.</translation>
    </message>
    <message>
        <source>The mode must be &apos;masked&apos; or &apos;plain&apos;.</source>
        <translation>Le mode doit être &apos;masked&apos; ou &apos;plain&apos;.</translation>
    </message>
    <message>
        <source>This node takes part in masked studies only. Run the study in mode &apos;masked&apos;.</source>
        <translation>Ce nœud ne participe qu&apos;aux études par masquage. Lancez l&apos;étude en mode &apos;masked&apos;.</translation>
    </message>
    <message>
        <source>This node joins a plain study (every site&apos;s statistics unmasked) of at most %1 participants; this one has %2. Run it in mode &apos;masked&apos;.</source>
        <translation>Ce nœud participe à une étude en mode plain (statistiques de chaque site sans masque) d&apos;au plus %1 participants&#xa0;; celle-ci en compte %2. Lancez-la en mode &apos;masked&apos;.</translation>
    </message>
    <message>
        <source>fractionBits must be from %1 to %2.</source>
        <translation>fractionBits doit être compris entre %1 et %2.</translation>
    </message>
    <message>
        <source>maxRounds must be at least 1.</source>
        <translation>maxRounds doit valoir au moins 1.</translation>
    </message>
    <message>
        <source>This node allows at most %1 rounds per fit; the manifest asks for %2. Lower maxRounds.</source>
        <translation>Ce nœud autorise au plus %1 tours par ajustement&#xa0;; le manifeste en demande %2. Réduisez maxRounds.</translation>
    </message>
    <message>
        <source>tolerance must be from 1e-14 to 1e-4 (R&apos;s default is 1e-8; Fairstart&apos;s 1e-10).</source>
        <translation>tolerance doit être compris entre 1e-14 et 1e-4 (valeur par défaut de R&#xa0;: 1e-8&#xa0;; de Fairstart&#xa0;: 1e-10).</translation>
    </message>
    <message>
        <source>fittedStudy belongs to calibration studies only.</source>
        <translation>fittedStudy ne concerne que les études de calibration.</translation>
    </message>
    <message>
        <source>Calibration studies need a binomial model.</source>
        <translation>Les études de calibration nécessitent un modèle binomial.</translation>
    </message>
    <message>
        <source>A calibration study names the study whose final β it calibrates (fittedStudy).</source>
        <translation>Une étude de calibration nomme l&apos;étude dont elle calibre le β final (fittedStudy).</translation>
    </message>
    <message>
        <source>This node took part in a study of this dataset and purpose whose participants differ from this one&apos;s by the single site &apos;%1&apos;; the difference of the two studies&apos; sums would be that site&apos;s statistics, and this node&apos;s policy refuses that (single_site_difference = refuse). Include or leave out at least one more site.</source>
        <translation>Ce nœud a participé à une étude sur ce jeu de données et pour cette finalité dont les participants ne diffèrent de ceux de celle-ci que par le site &apos;%1&apos;&#xa0;; la différence des sommes des deux études donnerait les statistiques de ce site, et la politique du site de ce nœud le refuse (single_site_difference = refuse). Ajoutez ou retirez au moins un site de plus.</translation>
    </message>
    <message>
        <source>The node could not record the study&apos;s participants. Tell the site administrator.</source>
        <translation>Le nœud n&apos;a pas pu consigner les participants de l&apos;étude. Prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>The study has ended at this node; nothing more is released for it. Start a new study.</source>
        <translation>L&apos;étude est terminée sur ce nœud&#xa0;; plus rien n&apos;est publié pour elle. Lancez une nouvelle étude.</translation>
    </message>
    <message>
        <source>There is no such job for you on this node. Open a study first (POST /v1/jobs).</source>
        <translation>Cette tâche n&apos;existe pas pour vous sur ce nœud. Ouvrez d&apos;abord une étude (POST /v1/jobs).</translation>
    </message>
    <message>
        <source>This study has ended at this node (%1). Start a new study.</source>
        <translation>Cette étude est terminée sur ce nœud (%1). Lancez une nouvelle étude.</translation>
    </message>
    <message>
        <source>the job was closed</source>
        <translation>la tâche a été fermée</translation>
    </message>
    <message>
        <source>The relay holds a manifest signature of &apos;%1&apos;, which is not a site of this study.</source>
        <translation>Le relais contient une signature de manifeste de &apos;%1&apos;, qui n&apos;est pas un site de cette étude.</translation>
    </message>
    <message>
        <source>The relay holds two manifest signatures of site &apos;%1&apos;.</source>
        <translation>Le relais contient deux signatures de manifeste du site &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The relay lacks the manifest signature of site &apos;%1&apos;. Every participant and observer must sign the same manifest before anything is computed.</source>
        <translation>Il manque au relais la signature de manifeste du site &apos;%1&apos;. Chaque participant et observateur doit signer le même manifeste avant tout calcul.</translation>
    </message>
    <message>
        <source>The manifest signature of site &apos;%1&apos; does not verify against that site&apos;s key in the manifest: it signed another manifest, or another key signed it.</source>
        <translation>La signature de manifeste du site &apos;%1&apos; ne se vérifie pas avec la clé de ce site dans le manifeste&#xa0;: il a signé un autre manifeste, ou une autre clé l&apos;a signé.</translation>
    </message>
    <message>
        <source>This node computes nothing before every site&apos;s signature of the manifest is relayed (POST /v1/jobs/{id}/signatures).</source>
        <translation>Ce nœud ne calcule rien avant que la signature du manifeste de chaque site ait été relayée (POST /v1/jobs/{id}/signatures).</translation>
    </message>
    <message>
        <source>The study&apos;s job was cancelled. Start a new study.</source>
        <translation>La tâche de l&apos;étude a été annulée. Lancez une nouvelle étude.</translation>
    </message>
    <message>
        <source>This study has used all %1 rounds this node allows it.</source>
        <translation>Cette étude a utilisé les %1 tours que ce nœud lui autorise.</translation>
    </message>
    <message>
        <source>Round %1 was relayed, but this node answered round %2 last and expects round %3 (or the identical repeat of round %2): a replayed, skipped or changed round.</source>
        <translation>Le tour %1 a été relayé, mais ce nœud a répondu en dernier au tour %2 et attend le tour %3 (ou la répétition identique du tour %2)&#xa0;: un tour rejoué, sauté ou modifié.</translation>
    </message>
    <message>
        <source>This study has converged; its final β is attested. Ask for the per-site fit or an evaluation instead.</source>
        <translation>Cette étude a convergé&#xa0;; son β final est attesté. Demandez plutôt l&apos;ajustement par site ou une évaluation.</translation>
    </message>
    <message>
        <source>Round 1 is at the coordinator&apos;s start and carries no contributions; this relay holds %1.</source>
        <translation>Le tour 1 part du point de départ du coordinateur et ne contient aucune contribution&#xa0;; ce relais en contient %1.</translation>
    </message>
    <message>
        <source>The relay holds a contribution of &apos;%1&apos;, which is not a participant of this study.</source>
        <translation>Le relais contient une contribution de &apos;%1&apos;, qui n&apos;est pas un participant de cette étude.</translation>
    </message>
    <message>
        <source>The relay holds two contributions of site &apos;%1&apos;.</source>
        <translation>Le relais contient deux contributions du site &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The relay lacks the round-%1 contribution of site &apos;%2&apos;. A site that drops out ends the study.</source>
        <translation>Il manque au relais la contribution du site &apos;%2&apos; au tour %1. Un site qui se retire met fin à l&apos;étude.</translation>
    </message>
    <message>
        <source>The contributions are not in the manifest&apos;s order: position %1 holds site &apos;%2&apos; instead of &apos;%3&apos;.</source>
        <translation>Les contributions ne sont pas dans l&apos;ordre du manifeste&#xa0;: la position %1 contient le site &apos;%2&apos; au lieu de &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>The round-%1 contribution of site &apos;%2&apos; does not verify against that site&apos;s key in the manifest: it was changed on the way, or another key signed it.</source>
        <translation>La contribution du site &apos;%2&apos; au tour %1 ne se vérifie pas avec la clé de ce site dans le manifeste&#xa0;: elle a été modifiée en chemin, ou une autre clé l&apos;a signée.</translation>
    </message>
    <message>
        <source>The round-%1 contribution of site &apos;%2&apos; is signed, but %3.</source>
        <translation>La contribution du site &apos;%2&apos; au tour %1 est signée, mais %3.</translation>
    </message>
    <message>
        <source>it belongs to another study</source>
        <translation>elle appartient à une autre étude</translation>
    </message>
    <message>
        <source>it is of round %1 (a replayed contribution)</source>
        <translation>elle date du tour %1 (une contribution rejouée)</translation>
    </message>
    <message>
        <source>its mode or number of parameters is not the study&apos;s</source>
        <translation>son mode ou son nombre de paramètres n&apos;est pas celui de l&apos;étude</translation>
    </message>
    <message>
        <source>it holds no round statistics (status &apos;%1&apos;)</source>
        <translation>elle ne contient pas de statistiques de tour (statut &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>site &apos;%1&apos; computed a different β than this node for that round</source>
        <translation>le site &apos;%1&apos; a calculé pour ce tour un autre β que ce nœud</translation>
    </message>
    <message>
        <source>its statistics do not have the study&apos;s layout</source>
        <translation>ses statistiques n&apos;ont pas la structure de l&apos;étude</translation>
    </message>
    <message>
        <source>The node could not add the masked contributions. Tell the site administrator.</source>
        <translation>Le nœud n&apos;a pas pu additionner les contributions masquées. Prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>The masked contributions of round %1 do not sum to statistics: a contribution was changed, or a site masked with other keys.</source>
        <translation>La somme des contributions masquées du tour %1 ne donne pas de statistiques&#xa0;: une contribution a été modifiée, ou un site a masqué avec d&apos;autres clés.</translation>
    </message>
    <message>
        <source>the fit failed: %1</source>
        <translation>l&apos;ajustement a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The node&apos;s coordinator converged without a result. Tell the site administrator.</source>
        <translation>Le coordinateur du nœud a convergé sans résultat. Prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>The node could not record the study&apos;s final β. Tell the site administrator.</source>
        <translation>Le nœud n&apos;a pas pu consigner le β final de l&apos;étude. Prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>The study&apos;s job no longer holds its design.</source>
        <translation>La tâche de l&apos;étude ne contient plus sa conception.</translation>
    </message>
    <message>
        <source>the round could not be computed on this site&apos;s records</source>
        <translation>le tour n&apos;a pas pu être calculé sur les enregistrements de ce site</translation>
    </message>
    <message>
        <source>this site&apos;s release rules refused a round</source>
        <translation>les règles de publication de ce site ont refusé un tour</translation>
    </message>
    <message>
        <source>this site&apos;s statistics do not fit the study&apos;s fixed-point scale</source>
        <translation>les statistiques de ce site ne tiennent pas dans l&apos;échelle en virgule fixe de l&apos;étude</translation>
    </message>
    <message>
        <source>The node could not mask its statistics. Tell the site administrator.</source>
        <translation>Le nœud n&apos;a pas pu masquer ses statistiques. Prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>This node&apos;s policy refuses per-site fits (site_fits = refuse): it releases only studies&apos; sums.</source>
        <translation>La politique du site de ce nœud refuse les ajustements par site (site_fits = refuse)&#xa0;: il ne publie que les sommes des études.</translation>
    </message>
    <message>
        <source>A per-site fit starts from the final β of a model study this node took part in as a participant and saw converge. Run the study to convergence first.</source>
        <translation>Un ajustement par site part du β final d&apos;une étude de modèle à laquelle ce nœud a pris part comme participant et dont il a vu la convergence. Menez d&apos;abord l&apos;étude jusqu&apos;à la convergence.</translation>
    </message>
    <message>
        <source>The study&apos;s job has ended and no longer holds its design. Run the study again.</source>
        <translation>La tâche de l&apos;étude est terminée et ne contient plus sa conception. Relancez l&apos;étude.</translation>
    </message>
    <message>
        <source>round kernel %1</source>
        <translation>noyau de calcul des tours %1</translation>
    </message>
    <message>
        <source>Largest study (participants) this node joins in plain mode, where every site&apos;s statistics travel unmasked; larger studies must be masked. 0: masked only.</source>
        <translation>Taille maximale d&apos;une étude (participants) à laquelle ce nœud participe en mode plain, où les statistiques de chaque site circulent sans masque&#xa0;; les études plus grandes doivent utiliser le masquage. 0&#xa0;: masquage uniquement.</translation>
    </message>
    <message>
        <source>allow (1) or refuse (0) a study whose participant set differs by exactly one site from an earlier study of this node on the same dataset and purpose (the difference of two sums is that site&apos;s statistics).</source>
        <translation>autoriser (1) ou refuser (0) une étude dont l&apos;ensemble des participants diffère d&apos;exactement un site d&apos;une étude antérieure de ce nœud sur le même jeu de données et pour la même finalité (la différence de deux sommes donne les statistiques de ce site).</translation>
    </message>
    <message>
        <source>allow (1) or refuse (0) per-site fits: this site&apos;s own model, fitted from a study&apos;s final β on its records alone and released under the round rules.</source>
        <translation>autoriser (1) ou refuser (0) les ajustements par site&#xa0;: le modèle propre de ce site, ajusté à partir du β final d&apos;une étude sur ses seuls enregistrements et publié selon les règles des tours.</translation>
    </message>
    <message>
        <source>Only model studies (kind glm) can be checked in advance. A calibration study is checked when it is opened.</source>
        <translation>Seules les études de modèle (type glm) peuvent être vérifiées à l&apos;avance. Une étude de calibration est vérifiée à son ouverture.</translation>
    </message>
    <message>
        <source>The node could not read its validation models. Tell the site administrator.</source>
        <translation>Le nœud n&apos;a pas pu lire ses modèles de validation. Prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>This node&apos;s administrator registered no validation model of that name or hash. Ask the site which models it holds for validation; a β cannot be sent.</source>
        <translation>L&apos;administrateur de ce nœud n&apos;a enregistré aucun modèle de validation portant ce nom ou cette empreinte. Demandez au site quels modèles il détient pour la validation&#xa0;; un β ne peut pas être envoyé.</translation>
    </message>
    <message>
        <source>The node&apos;s record of the validation model is damaged. Tell the site administrator.</source>
        <translation>L&apos;enregistrement du modèle de validation dans le nœud est endommagé. Prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>An evaluation study has a single round (round 1, with no contributions relayed); this relay is round %1 with %2.</source>
        <translation>Une étude d&apos;évaluation n&apos;a qu&apos;un seul tour (tour 1, sans contributions relayées)&#xa0;; ce relais est le tour %1 avec %2.</translation>
    </message>
    <message>
        <source>the evaluation could not be computed on this site&apos;s records</source>
        <translation>l&apos;évaluation n&apos;a pas pu être calculée sur les enregistrements de ce site</translation>
    </message>
    <message>
        <source>this site&apos;s release rules refused the evaluation</source>
        <translation>les règles de publication de ce site ont refusé l&apos;évaluation</translation>
    </message>
    <message>
        <source>this site&apos;s evaluation does not fit the study&apos;s fixed-point scale</source>
        <translation>l&apos;évaluation de ce site ne tient pas dans l&apos;échelle en virgule fixe de l&apos;étude</translation>
    </message>
    <message>
        <source>The node could not mask its evaluation. Tell the site administrator.</source>
        <translation>Le nœud n&apos;a pas pu masquer son évaluation. Prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>This node&apos;s administrator registered no validation model with that hash (fittedStudy: &quot;model:&quot; and the model&apos;s hash). Ask the site which models it holds for validation; a β cannot be sent.</source>
        <translation>L&apos;administrateur de ce nœud n&apos;a enregistré aucun modèle de validation avec cette empreinte (fittedStudy&#xa0;: &quot;model:&quot; suivi de l&apos;empreinte du modèle). Demandez au site quels modèles il détient pour la validation&#xa0;; un β ne peut pas être envoyé.</translation>
    </message>
    <message>
        <source>The registered model has another design than the manifest. Use the model&apos;s own design.</source>
        <translation>Le modèle enregistré a une autre conception que le manifeste. Utilisez la conception propre au modèle.</translation>
    </message>
    <message>
        <source>A calibration or evaluation study needs the final β of a model study that you ran at this node and that converged here (fittedStudy: its study hash). This node knows no such study of yours. Fit the model in a study with this node first.</source>
        <translation>Une étude de calibration ou d&apos;évaluation nécessite le β final d&apos;une étude de modèle que vous avez exécutée sur ce nœud et qui y a convergé (fittedStudy&#xa0;: l&apos;empreinte de cette étude). Ce nœud ne connaît aucune étude de ce type de votre part. Ajustez d&apos;abord le modèle dans une étude avec ce nœud.</translation>
    </message>
    <message>
        <source>--name must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>--name doit comporter de 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, et commencer par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>--note must be at most 1000 characters.</source>
        <translation>--note doit comporter au plus 1000 caractères.</translation>
    </message>
    <message>
        <source>The model file &apos;%1&apos; cannot be read: %2.</source>
        <translation>Le fichier de modèle &apos;%1&apos; ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The model file &apos;%1&apos; is not a model: %2. Write {&quot;design&quot;: {...}, &quot;beta&quot;: [...]} with one coefficient per design column.</source>
        <translation>Le fichier de modèle &apos;%1&apos; n&apos;est pas un modèle&#xa0;: %2. Écrivez {&quot;design&quot;: {...}, &quot;beta&quot;: [...]} avec un coefficient par colonne de la conception.</translation>
    </message>
    <message>
        <source>it is larger than 4 MiB</source>
        <translation>il dépasse 4 MiB</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is unknown</source>
        <translation>le champ &apos;%1&apos; est inconnu</translation>
    </message>
    <message>
        <source>its design is not a resolved design</source>
        <translation>sa conception n&apos;est pas une conception résolue</translation>
    </message>
    <message>
        <source>its beta holds a value that is not a finite number</source>
        <translation>son beta contient une valeur qui n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>its beta has %1 values, its design %2 columns</source>
        <translation>son beta a %1 valeurs, sa conception %2 colonnes</translation>
    </message>
    <message>
        <source>only binomial models can be evaluated</source>
        <translation>seuls les modèles binomiaux peuvent être évalués</translation>
    </message>
    <message>
        <source>A validation model named &apos;%1&apos; or with the same design and β is registered already. See &apos;fairstart-node models list&apos;; remove it first to replace it.</source>
        <translation>Un modèle de validation nommé &apos;%1&apos; ou ayant la même conception et le même β est déjà enregistré. Voir &apos;fairstart-node models list&apos;&#xa0;; supprimez-le d&apos;abord pour le remplacer.</translation>
    </message>
    <message>
        <source>Registered the validation model &apos;%1&apos; (%2).</source>
        <translation>Modèle de validation &apos;%1&apos; (%2) enregistré.</translation>
    </message>
    <message>
        <source>No validation models. Register one with &apos;fairstart-node models add&apos;.</source>
        <translation>Aucun modèle de validation. Enregistrez-en un avec &apos;fairstart-node models add&apos;.</translation>
    </message>
    <message>
        <source>There is no validation model named &apos;%1&apos;. See &apos;fairstart-node models list&apos;.</source>
        <translation>Il n&apos;existe aucun modèle de validation nommé &apos;%1&apos;. Voir &apos;fairstart-node models list&apos;.</translation>
    </message>
    <message>
        <source>Removed the validation model &apos;%1&apos;.</source>
        <translation>Modèle de validation &apos;%1&apos; supprimé.</translation>
    </message>
    <message>
        <source>The new token %1 could not be revoked again (%2). Revoke it with &apos;fairstart-node token revoke %1&apos;.</source>
        <translation>Le nouveau jeton %1 n&apos;a pas pu être révoqué à nouveau (%2). Révoquez-le avec &apos;fairstart-node token revoke %1&apos;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>TLS pin</source>
        <translation>empreinte TLS épinglée</translation>
    </message>
    <message>
        <source>Give the name and both keys to the administrators of the other sites over a channel you trust (in person, a signed letter, a call in which you read them out). Each of them accepts this node with:</source>
        <translation>Transmettez le nom et les deux clés aux administrateurs des autres sites par un canal de confiance (en personne, par lettre signée, par un appel au cours duquel vous les lisez). Chacun d&apos;eux accepte ce nœud avec&#xa0;:</translation>
    </message>
    <message>
        <source>give either --keys-file or --name, --ed25519 and --x25519.</source>
        <translation>donnez soit --keys-file, soit --name, --ed25519 et --x25519.</translation>
    </message>
    <message>
        <source>Cannot read the keys file %1 (%2).</source>
        <translation>Impossible de lire le fichier de clés %1 (%2).</translation>
    </message>
    <message>
        <source>give --name, --ed25519 and --x25519 (the peer&apos;s &apos;fairstart-node keys&apos;), or --keys-file FILE.</source>
        <translation>donnez --name, --ed25519 et --x25519 (le &apos;fairstart-node keys&apos; du pair), ou --keys-file FILE.</translation>
    </message>
    <message>
        <source>Accepted &apos;%1&apos; as a peer: studies that name it with these keys may be joined (a running server applies this from its next request).</source>
        <translation>&apos;%1&apos; accepté comme pair&#xa0;: les études qui le nomment avec ces clés peuvent être rejointes (un serveur en cours d&apos;exécution l&apos;applique dès sa prochaine requête).</translation>
    </message>
    <message>
        <source>No peers: this node joins only studies in which it is the only site. Accept another node with &apos;fairstart-node peers add&apos;.</source>
        <translation>Aucun pair&#xa0;: ce nœud ne rejoint que les études dont il est le seul site. Acceptez un autre nœud avec &apos;fairstart-node peers add&apos;.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>There is no peer &apos;%1&apos;. &apos;fairstart-node peers list&apos; shows them.</source>
        <translation>Il n&apos;existe aucun pair &apos;%1&apos;. &apos;fairstart-node peers list&apos; les affiche.</translation>
    </message>
    <message>
        <source>Removed the peer &apos;%1&apos;: this node joins no new study with it, and its open studies that name it end at their next request.</source>
        <translation>Pair &apos;%1&apos; supprimé&#xa0;: ce nœud ne rejoint plus aucune nouvelle étude avec lui, et ses études ouvertes qui le nomment se terminent à leur prochaine requête.</translation>
    </message>
    <message>
        <source>unknown --profile &apos;%1&apos;; use one of: %2.</source>
        <translation>--profile inconnu &apos;%1&apos;&#xa0;; utilisez l&apos;une des valeurs&#xa0;: %2.</translation>
    </message>
    <message>
        <source>register a validation model: a design and its β from a file (audited)</source>
        <translation>enregistrer un modèle de validation&#xa0;: une conception et son β depuis un fichier (consigné au journal d&apos;audit)</translation>
    </message>
    <message>
        <source>the model&apos;s name, as analysts ask for it</source>
        <translation>le nom du modèle, tel que les analystes le demandent</translation>
    </message>
    <message>
        <source>{&quot;design&quot;: {...}, &quot;beta&quot;: [...]}: a resolved design and one coefficient per column</source>
        <translation>{&quot;design&quot;: {...}, &quot;beta&quot;: [...]}&#xa0;: une conception résolue et un coefficient par colonne</translation>
    </message>
    <message>
        <source>where the model comes from</source>
        <translation>la provenance du modèle</translation>
    </message>
    <message>
        <source>Analysts may then ask this node to evaluate the model, by its name or hash, on a dataset; the node never evaluates a β an analyst sends.</source>
        <translation>Les analystes peuvent alors demander à ce nœud d&apos;évaluer le modèle, par son nom ou son empreinte, sur un jeu de données&#xa0;; le nœud n&apos;évalue jamais un β envoyé par un analyste.</translation>
    </message>
    <message>
        <source>list the registered validation models</source>
        <translation>lister les modèles de validation enregistrés</translation>
    </message>
    <message>
        <source>remove a registered validation model (audited)</source>
        <translation>supprimer un modèle de validation enregistré (consigné au journal d&apos;audit)</translation>
    </message>
    <message>
        <source>the model&apos;s name</source>
        <translation>le nom du modèle</translation>
    </message>
    <message>
        <source>print this node&apos;s name and public keys, for the other sites&apos; peer lists</source>
        <translation>afficher le nom et les clés publiques de ce nœud, pour les listes de pairs des autres sites</translation>
    </message>
    <message>
        <source>one JSON object (name, ed25519, x25519, tls_pin), for &apos;peers add --keys-file&apos;</source>
        <translation>un objet JSON (name, ed25519, x25519, tls_pin), pour &apos;peers add --keys-file&apos;</translation>
    </message>
    <message>
        <source>accept another node as a peer in studies (audited)</source>
        <translation>accepter un autre nœud comme pair dans les études (consigné au journal d&apos;audit)</translation>
    </message>
    <message>
        <source>the peer&apos;s node name, as its &apos;keys&apos; shows it</source>
        <translation>le nom de nœud du pair, tel que son &apos;keys&apos; l&apos;affiche</translation>
    </message>
    <message>
        <source>the peer&apos;s Ed25519 public key (base64)</source>
        <translation>la clé publique Ed25519 du pair (base64)</translation>
    </message>
    <message>
        <source>the peer&apos;s X25519 public key (base64)</source>
        <translation>la clé publique X25519 du pair (base64)</translation>
    </message>
    <message>
        <source>read name and keys from the peer&apos;s &apos;fairstart-node keys --json&apos;</source>
        <translation>lire le nom et les clés depuis le &apos;fairstart-node keys --json&apos; du pair</translation>
    </message>
    <message>
        <source>who vouched for the keys and how they were compared</source>
        <translation>qui s&apos;est porté garant des clés et comment elles ont été comparées</translation>
    </message>
    <message>
        <source>A study&apos;s manifest may name another site only with exactly the keys pinned here (policy unknown_peers). Compare the keys with the peer&apos;s administrator over a channel you trust. To change a peer&apos;s keys, remove it and add it again.</source>
        <translation>Le manifeste d&apos;une étude ne peut nommer un autre site qu&apos;avec exactement les clés épinglées ici (politique unknown_peers). Comparez les clés avec l&apos;administrateur du pair par un canal de confiance. Pour changer les clés d&apos;un pair, supprimez-le puis ajoutez-le à nouveau.</translation>
    </message>
    <message>
        <source>list the accepted peers</source>
        <translation>lister les pairs acceptés</translation>
    </message>
    <message>
        <source>stop accepting a peer (audited; its open studies end)</source>
        <translation>cesser d&apos;accepter un pair (consigné au journal d&apos;audit&#xa0;; ses études ouvertes se terminent)</translation>
    </message>
    <message>
        <source>the peer&apos;s name from &apos;peers list&apos;</source>
        <translation>le nom du pair tel que &apos;peers list&apos; l&apos;affiche</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a user name; user names are 1 to 64 letters, digits and . _ @ - (see &apos;token list&apos;).</source>
        <translation>--%1 &apos;%2&apos; n&apos;est pas un nom d&apos;utilisateur&#xa0;; les noms d&apos;utilisateur comportent de 1 à 64 lettres, chiffres et . _ @ - (voir &apos;token list&apos;).</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a rule id; rule ids are lower-case words joined by &apos;-&apos;, e.g. min-cell (see docs/privacy-rules.md).</source>
        <translation>--%1 &apos;%2&apos; n&apos;est pas un identifiant de règle&#xa0;; les identifiants de règle sont des mots en minuscules reliés par &apos;-&apos;, par ex. min-cell (voir docs/privacy-rules.md).</translation>
    </message>
    <message>
        <source>libsodium could not be initialised. Check the installation.</source>
        <translation>libsodium n&apos;a pas pu être initialisé. Vérifiez l&apos;installation.</translation>
    </message>
    <message>
        <source>A peer&apos;s name is its node name as its /v1/info shows it: 1 to 128 characters, no control characters, no spaces at either end.</source>
        <translation>Le nom d&apos;un pair est son nom de nœud tel que son /v1/info l&apos;affiche&#xa0;: de 1 à 128 caractères, sans caractères de contrôle ni espaces au début ou à la fin.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is this node&apos;s own name. Add the other nodes as peers; this node always knows its own keys.</source>
        <translation>&apos;%1&apos; est le nom propre de ce nœud. Ajoutez les autres nœuds comme pairs&#xa0;; ce nœud connaît toujours ses propres clés.</translation>
    </message>
    <message>
        <source>The note must be one line of at most 500 characters.</source>
        <translation>La note doit tenir sur une ligne d&apos;au plus 500 caractères.</translation>
    </message>
    <message>
        <source>The Ed25519 key of &apos;%1&apos; is not a public key: expected the standard base64 of 32 bytes exactly as the peer&apos;s &apos;fairstart-node keys&apos; or /v1/info shows it.</source>
        <translation>La clé Ed25519 de &apos;%1&apos; n&apos;est pas une clé publique&#xa0;: attendu le base64 standard de 32 octets, exactement tel que le &apos;fairstart-node keys&apos; ou le /v1/info du pair l&apos;affiche.</translation>
    </message>
    <message>
        <source>The X25519 key of &apos;%1&apos; is not a usable public key: expected the standard base64 of 32 bytes exactly as the peer&apos;s &apos;fairstart-node keys&apos; or /v1/info shows it.</source>
        <translation>La clé X25519 de &apos;%1&apos; n&apos;est pas une clé publique utilisable&#xa0;: attendu le base64 standard de 32 octets, exactement tel que le &apos;fairstart-node keys&apos; ou le /v1/info du pair l&apos;affiche.</translation>
    </message>
    <message>
        <source>The two keys of &apos;%1&apos; are the same. A node has two different keys; copy both again from its &apos;fairstart-node keys&apos;.</source>
        <translation>Les deux clés de &apos;%1&apos; sont identiques. Un nœud a deux clés différentes&#xa0;; copiez-les de nouveau toutes les deux depuis son &apos;fairstart-node keys&apos;.</translation>
    </message>
    <message>
        <source>A key given for &apos;%1&apos; is this node&apos;s own key. Copy the peer&apos;s keys from the peer&apos;s &apos;fairstart-node keys&apos;.</source>
        <translation>Une clé donnée pour &apos;%1&apos; est une clé propre à ce nœud. Copiez les clés du pair depuis le &apos;fairstart-node keys&apos; du pair.</translation>
    </message>
    <message>
        <source>The keys file is not what &apos;fairstart-node keys --json&apos; writes (a JSON object with name, ed25519 and x25519).</source>
        <translation>Le fichier de clés n&apos;est pas ce qu&apos;écrit &apos;fairstart-node keys --json&apos; (un objet JSON avec name, ed25519 et x25519).</translation>
    </message>
    <message>
        <source>The manifest names the site &apos;%1&apos; with other keys than this node&apos;s administrator accepted for it. Check the keys you pinned for &apos;%1&apos; against its administrator&apos;s announcement; if they changed, ask this site&apos;s administrator to update the peer &apos;%1&apos; (fairstart-node peers).</source>
        <translation>Le manifeste nomme le site &apos;%1&apos; avec d&apos;autres clés que celles que l&apos;administrateur de ce nœud a acceptées pour lui. Comparez les clés que vous avez épinglées pour &apos;%1&apos; avec l&apos;annonce de son administrateur&#xa0;; si elles ont changé, demandez à l&apos;administrateur de ce site de mettre à jour le pair &apos;%1&apos; (fairstart-node peers).</translation>
    </message>
    <message>
        <source>The manifest names a site &apos;%1&apos; whose keys this node&apos;s administrator accepted for the site &apos;%2&apos;. Name every site as its administrator does, or ask this site&apos;s administrator to add the peer under the new name.</source>
        <translation>Le manifeste nomme un site &apos;%1&apos; dont l&apos;administrateur de ce nœud a accepté les clés pour le site &apos;%2&apos;. Nommez chaque site comme le fait son administrateur, ou demandez à l&apos;administrateur de ce site d&apos;ajouter le pair sous le nouveau nom.</translation>
    </message>
    <message>
        <source>The site &apos;%1&apos; is not one of this node&apos;s accepted peers, so this node does not join a study with it. Ask this site&apos;s administrator to add &apos;%1&apos; as a peer (fairstart-node peers add, with the keys &apos;%1&apos; publishes) and run the study again.</source>
        <translation>Le site &apos;%1&apos; ne fait pas partie des pairs acceptés de ce nœud&#xa0;; ce nœud ne rejoint donc pas d&apos;étude avec lui. Demandez à l&apos;administrateur de ce site d&apos;ajouter &apos;%1&apos; comme pair (fairstart-node peers add, avec les clés que &apos;%1&apos; publie) et relancez l&apos;étude.</translation>
    </message>
    <message>
        <source>The node could not read its list of accepted peers. Tell the site administrator.</source>
        <translation>Le nœud n&apos;a pas pu lire sa liste de pairs acceptés. Prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>refuse (0) or allow (1) a study that names a site which is not one of this node&apos;s accepted peers (&apos;fairstart-node peers add&apos;). Allowing it lets anyone with a token invent participants whose keys they hold.</source>
        <translation>refuser (0) ou autoriser (1) une étude qui nomme un site ne faisant pas partie des pairs acceptés de ce nœud (&apos;fairstart-node peers add&apos;). L&apos;autoriser permet à quiconque possède un jeton d&apos;inventer des participants dont il détient les clés.</translation>
    </message>
    <message>
        <source>The peer &apos;%1&apos; or one of its keys is already pinned. See &apos;fairstart-node peers list&apos;; to change a peer&apos;s keys, remove it first.</source>
        <translation>Le pair &apos;%1&apos; ou l&apos;une de ses clés est déjà épinglé. Voir &apos;fairstart-node peers list&apos;&#xa0;; pour changer les clés d&apos;un pair, supprimez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>This store keeps no validation models.</source>
        <translation>Ce stockage ne conserve aucun modèle de validation.</translation>
    </message>
    <message>
        <source>A trend&apos;s period must be a numeric variable such as a year of birth. Choose a numeric period.</source>
        <translation>La période d&apos;une tendance doit être une variable numérique, comme une année de naissance. Choisissez une période numérique.</translation>
    </message>
    <message>
        <source>A trend counts the levels of a categorical or yes/no variable. Choose such a variable.</source>
        <translation>Une tendance compte les modalités d&apos;une variable catégorielle ou oui/non. Choisissez une telle variable.</translation>
    </message>
    <message>
        <source>A trend needs &apos;from&apos; at most &apos;to&apos; and at most %1 periods. Ask for a shorter range.</source>
        <translation>Une tendance nécessite un &apos;from&apos; inférieur ou égal à &apos;to&apos; et au plus %1 périodes. Demandez une plage plus courte.</translation>
    </message>
    <message>
        <source>The subgroup variable &apos;%1&apos; is not an analysis variable of this dataset. Choose one from the catalogue.</source>
        <translation>La variable de sous-groupe &apos;%1&apos; n&apos;est pas une variable d&apos;analyse de ce jeu de données. Choisissez-en une dans le catalogue.</translation>
    </message>
    <message>
        <source>Edges are for a numeric subgroup variable; &apos;%1&apos; has levels. Leave the edges out.</source>
        <translation>Les bornes concernent une variable de sous-groupe numérique&#xa0;; &apos;%1&apos; a des modalités. Retirez les bornes.</translation>
    </message>
    <message>
        <source>The subgroup variable &apos;%1&apos; has %2 levels; a subgroup evaluation takes at most %3.</source>
        <translation>La variable de sous-groupe &apos;%1&apos; a %2 modalités&#xa0;; une évaluation par sous-groupe en accepte au plus %3.</translation>
    </message>
    <message>
        <source>The request body was refused: %1. Fix the request and send it again.</source>
        <translation>Le corps de la requête a été refusé&#xa0;: %1. Corrigez la requête et renvoyez-la.</translation>
    </message>
    <message>
        <source>The dataset &apos;%1&apos; has no variable of that name. Use a variable from the catalogue.</source>
        <translation>Le jeu de données &apos;%1&apos; n&apos;a aucune variable de ce nom. Utilisez une variable du catalogue.</translation>
    </message>
    <message>
        <source>This node has no dataset of that name. See the catalogue for the datasets it holds.</source>
        <translation>Ce nœud n&apos;a aucun jeu de données de ce nom. Consultez le catalogue pour voir les jeux de données qu&apos;il détient.</translation>
    </message>
    <message>
        <source>This site scores predicted risks on its fixed grid of %1 bins and on no other: two grids of the same model would let their differences single out records. The request asked for %2 bins; send %1 (Fairstart clients do).</source>
        <translation>Ce site évalue les risques prédits sur sa grille fixe de %1 intervalles et sur aucune autre&#xa0;: avec deux grilles pour un même modèle, leurs différences permettraient d&apos;isoler des enregistrements. La requête demandait %2 intervalles&#xa0;; envoyez %1 (les clients Fairstart le font).</translation>
    </message>
    <message>
        <source>This request is in protocol version 1, which this node no longer speaks: it runs studies of protocol version 2 (a signed manifest, rounds the nodes drive themselves). Update the Fairstart client and run the analysis again.</source>
        <translation>Cette requête relève de la version 1 du protocole, que ce nœud ne prend plus en charge&#xa0;: il exécute des études de la version 2 du protocole (un manifeste signé, des tours que les nœuds pilotent eux-mêmes). Mettez à jour le client Fairstart et relancez l&apos;analyse.</translation>
    </message>
    <message>
        <source>The design hash does not match the design the node received. Recompute it with the protocol&apos;s canonical form (protocol::designHash) and send both again.</source>
        <translation>L&apos;empreinte de conception ne correspond pas à la conception reçue par le nœud. Recalculez-la avec la forme canonique du protocole (protocol::designHash) et renvoyez les deux.</translation>
    </message>
    <message>
        <source>The dataset records no consent for this purpose, so no record may be used for it. Ask the site administrator.</source>
        <translation>Le jeu de données n&apos;enregistre aucun consentement pour cette finalité&#xa0;; aucun enregistrement ne peut donc être utilisé à cette fin. Adressez-vous à l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>The node could not read or record its differencing ledger, so it answers nothing. Tell the site administrator.</source>
        <translation>Le nœud n&apos;a pas pu lire ou mettre à jour son registre de différenciation&#xa0;; il ne répond donc rien. Prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>This request needs a token: send the header &apos;Authorization: Bearer &lt;token&gt;&apos; with a token from the site administrator.</source>
        <translation>Cette requête nécessite un jeton&#xa0;: envoyez l&apos;en-tête &apos;Authorization: Bearer &lt;token&gt;&apos; avec un jeton fourni par l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>The token is not known to this node. Check that it was copied completely, or ask the site administrator for a new one.</source>
        <translation>Ce nœud ne connaît pas ce jeton. Vérifiez qu&apos;il a été copié en entier, ou demandez-en un nouveau à l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>The token has been revoked by the site administrator. Ask for a new token.</source>
        <translation>Le jeton a été révoqué par l&apos;administrateur du site. Demandez un nouveau jeton.</translation>
    </message>
    <message>
        <source>The token has expired. Ask the site administrator for a new token.</source>
        <translation>Le jeton a expiré. Demandez un nouveau jeton à l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>Every request must declare its purpose (&quot;purpose&quot; in the body, ?purpose= on a GET). Use one of your token&apos;s purposes.</source>
        <translation>Chaque requête doit déclarer sa finalité (&quot;purpose&quot; dans le corps, ?purpose= pour un GET). Utilisez l&apos;une des finalités de votre jeton.</translation>
    </message>
    <message>
        <source>Your token does not allow this purpose. Use one of its purposes (see /v1/info) or ask the site administrator for a token that carries it.</source>
        <translation>Votre jeton ne permet pas cette finalité. Utilisez l&apos;une de ses finalités (voir /v1/info) ou demandez à l&apos;administrateur du site un jeton qui la comporte.</translation>
    </message>
    <message>
        <source>A descriptives study has participants only: an observer would contribute nothing. Name every site as a participant.</source>
        <translation>Une étude de statistiques descriptives n&apos;a que des participants&#xa0;: un observateur n&apos;apporterait rien. Désignez chaque site comme participant.</translation>
    </message>
    <message>
        <source>The manifest&apos;s levels of &apos;%1&apos; do not fit this site&apos;s catalogue: a numeric variable has no levels, a yes/no variable the levels 0 and 1, and a categorical one lists every level of every site&apos;s catalogue. Build the manifest from the sites&apos; catalogues.</source>
        <translation>Les modalités de &apos;%1&apos; dans le manifeste ne correspondent pas au catalogue de ce site&#xa0;: une variable numérique n&apos;a pas de modalités, une variable oui/non a les modalités 0 et 1, et une variable catégorielle liste chaque modalité du catalogue de chaque site. Construisez le manifeste à partir des catalogues des sites.</translation>
    </message>
    <message>
        <source>A descriptives study has a single round (round 1, with no contributions relayed); this relay is round %1 with %2.</source>
        <translation>Une étude de statistiques descriptives n&apos;a qu&apos;un seul tour (tour 1, sans contributions relayées)&#xa0;; ce relais est le tour %1 avec %2.</translation>
    </message>
    <message>
        <source>this site&apos;s release rules refused the descriptives</source>
        <translation>les règles de publication de ce site ont refusé les statistiques descriptives</translation>
    </message>
    <message>
        <source>the descriptives could not be computed on this site&apos;s records</source>
        <translation>les statistiques descriptives n&apos;ont pas pu être calculées sur les enregistrements de ce site</translation>
    </message>
    <message>
        <source>The node&apos;s descriptives do not fit the study&apos;s manifest. Tell the site administrator.</source>
        <translation>Les statistiques descriptives du nœud ne correspondent pas au manifeste de l&apos;étude. Prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>this site&apos;s descriptives do not fit the study&apos;s fixed-point scale</source>
        <translation>les statistiques descriptives de ce site ne tiennent pas dans l&apos;échelle en virgule fixe de l&apos;étude</translation>
    </message>
    <message>
        <source>The node could not mask its descriptives. Tell the site administrator.</source>
        <translation>Le nœud n&apos;a pas pu masquer ses statistiques descriptives. Prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>The manifest&apos;s levels of the table &apos;%1 × %2&apos; do not cover this site&apos;s catalogue: list every level of every site&apos;s catalogue (a yes/no variable: 0 and 1).</source>
        <translation>Les modalités du tableau &apos;%1 × %2&apos; dans le manifeste ne couvrent pas le catalogue de ce site&#xa0;: listez chaque modalité du catalogue de chaque site (pour une variable oui/non&#xa0;: 0 et 1).</translation>
    </message>
    <message>
        <source>The manifest&apos;s levels of the trend of &apos;%1&apos; do not cover this site&apos;s catalogue: list every level of every site&apos;s catalogue (a yes/no variable: 0 and 1).</source>
        <translation>Les modalités de la tendance de &apos;%1&apos; dans le manifeste ne couvrent pas le catalogue de ce site&#xa0;: listez chaque modalité du catalogue de chaque site (pour une variable oui/non&#xa0;: 0 et 1).</translation>
    </message>
    <message>
        <source>The relay&apos;s tags must be an array of strings, each empty or the base64 of a 32-byte contribution tag.</source>
        <translation>Les étiquettes du relais doivent former un tableau de chaînes, chacune vide ou contenant le base64 d&apos;une étiquette de contribution de 32 octets.</translation>
    </message>
    <message>
        <source>Contribution tags belong to the rounds of model studies; an evaluation or descriptives study has one round and relays nothing. Send its round without tags.</source>
        <translation>Les étiquettes de contribution appartiennent aux tours des études de modèle&#xa0;; une étude d&apos;évaluation ou de statistiques descriptives n&apos;a qu&apos;un seul tour et ne relaie rien. Envoyez son tour sans étiquettes.</translation>
    </message>
    <message>
        <source>The node could not agree the keys of contribution tags with the study&apos;s sites. Tell the site administrator.</source>
        <translation>Le nœud n&apos;a pas pu convenir avec les sites de l&apos;étude des clés des étiquettes de contribution. Prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>Round 1 carries no contributions, so its relay carries no tags; this one holds %1.</source>
        <translation>Le tour 1 ne transporte aucune contribution, son relais ne transporte donc aucune étiquette&#xa0;; celui-ci en contient %1.</translation>
    </message>
    <message>
        <source>The relay holds %1 contribution tags for %2 contributions: one per contribution, in the manifest&apos;s order.</source>
        <translation>Le relais contient %1 étiquettes de contribution pour %2 contributions&#xa0;: il en faut une par contribution, dans l&apos;ordre du manifeste.</translation>
    </message>
    <message>
        <source>The round-%1 contribution of site &apos;%2&apos; does not match its tag for this node: it was changed on the way, or the tag was not made by that site.</source>
        <translation>La contribution du site &apos;%2&apos; au tour %1 ne correspond pas à son étiquette pour ce nœud&#xa0;: elle a été modifiée en chemin, ou l&apos;étiquette n&apos;a pas été créée par ce site.</translation>
    </message>
    <message>
        <source>The relay holds a tag for this node&apos;s own contribution (position %1); that slot stays empty.</source>
        <translation>Le relais contient une étiquette pour la propre contribution de ce nœud (position %1)&#xa0;; cet emplacement doit rester vide.</translation>
    </message>
    <message>
        <source>The node could not tag its contribution. Tell the site administrator.</source>
        <translation>Le nœud n&apos;a pas pu étiqueter sa contribution. Prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>The nearest allowed values are %1 and %2.</source>
        <translation>Les valeurs autorisées les plus proches sont %1 et %2.</translation>
    </message>
    <message>
        <source>The nearest allowed value is %1.</source>
        <translation>La valeur autorisée la plus proche est %1.</translation>
    </message>
    <message>
        <source>Girl</source>
        <translation>Fille</translation>
    </message>
    <message>
        <source>Boy</source>
        <translation>Garçon</translation>
    </message>
    <message>
        <source>Low (primary)</source>
        <translation>Faible (primaire)</translation>
    </message>
    <message>
        <source>Middle (secondary)</source>
        <translation>Moyen (secondaire)</translation>
    </message>
    <message>
        <source>High (tertiary)</source>
        <translation>Élevé (supérieur)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Western</source>
        <translation>Occidentale</translation>
    </message>
    <message>
        <source>Non-Western</source>
        <translation>Non occidentale</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: &apos;levels&apos; must be distinct, non-empty strings or objects {&quot;name&quot;: ..., &quot;label&quot;: ...}</source>
        <translation>colonne &apos;%1&apos;&#xa0;: &apos;levels&apos; doit contenir des chaînes distinctes et non vides ou des objets {&quot;name&quot;: ..., &quot;label&quot;: ...}</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: a level described by an object has a &apos;name&apos; and, optionally, a &apos;label&apos; (text)</source>
        <translation>colonne &apos;%1&apos;&#xa0;: une modalité décrite par un objet a un &apos;name&apos; et, facultativement, un &apos;label&apos; (texte)</translation>
    </message>
    <message>
        <source>An audit entry&apos;s request was not a JSON object; nothing was written. Tell the developers.</source>
        <translation>La requête d&apos;une entrée du journal d&apos;audit n&apos;était pas un objet JSON&#xa0;; rien n&apos;a été écrit. Prévenez les développeurs.</translation>
    </message>
    <message>
        <source>the dataset was imported again during the study</source>
        <translation>le jeu de données a été réimporté pendant l&apos;étude</translation>
    </message>
    <message>
        <source>The keys file %1 is larger than 16 MB; a federation&apos;s keys take about 200 bytes per node. Check that it is the right file.</source>
        <translation>Le fichier de clés %1 dépasse 16&#xa0;Mo&#xa0;; les clés d&apos;une fédération occupent environ 200&#xa0;octets par nœud. Vérifiez qu&apos;il s&apos;agit du bon fichier.</translation>
    </message>
    <message>
        <source>The peer &apos;%1&apos; or one of its keys was pinned while the file was read; nothing was imported. Run the import again.</source>
        <translation>Le pair &apos;%1&apos; ou l&apos;une de ses clés a été épinglé pendant la lecture du fichier&#xa0;; rien n&apos;a été importé. Relancez l&apos;importation.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n new peer(s) from %1 (a running server applies this from its next request).</source>
        <translation>
            <numerusform>%n nouveau pair accepté depuis %1 (un serveur en cours d&apos;exécution l&apos;applique dès sa prochaine requête).</numerusform>
            <numerusform>%n nouveaux pairs acceptés depuis %1 (un serveur en cours d&apos;exécution l&apos;applique dès sa prochaine requête).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) already pinned with the same keys, left as they were.</source>
        <translation>
            <numerusform>%n entrée déjà épinglée avec les mêmes clés, laissée telle quelle.</numerusform>
            <numerusform>%n entrées déjà épinglées avec les mêmes clés, laissées telles quelles.</numerusform>
        </translation>
    </message>
    <message>
        <source>This node&apos;s own entry was skipped.</source>
        <translation>L&apos;entrée propre à ce nœud a été ignorée.</translation>
    </message>
    <message>
        <source>accept many nodes as peers at once from a federation&apos;s keys file (audited; all or none)</source>
        <translation>accepter d&apos;un coup plusieurs nœuds comme pairs à partir du fichier de clés d&apos;une fédération (consigné au journal d&apos;audit&#xa0;; tout ou rien)</translation>
    </message>
    <message>
        <source>the nodes&apos; &apos;fairstart-node keys --json&apos;, one after another or in a JSON array</source>
        <translation>les sorties &apos;fairstart-node keys --json&apos; des nœuds, l&apos;une après l&apos;autre ou dans un tableau JSON</translation>
    </message>
    <message>
        <source>the note of entries without a &quot;note&quot; of their own</source>
        <translation>la note des entrées qui n&apos;ont pas leur propre &quot;note&quot;</translation>
    </message>
    <message>
        <source>Checks every entry as &apos;peers add&apos; does and pins them all in one transaction, each with its audit entry, or none. This node&apos;s own entry and peers pinned already with the same keys are skipped; a malformed entry, a name or key given twice, or a name pinned with other keys refuses the whole file. Compare the file with the other administrators over a channel you trust.</source>
        <translation>Vérifie chaque entrée comme le fait &apos;peers add&apos; et les épingle toutes en une seule transaction, chacune avec son entrée du journal d&apos;audit, ou n&apos;en épingle aucune. L&apos;entrée propre à ce nœud et les pairs déjà épinglés avec les mêmes clés sont ignorés&#xa0;; une entrée mal formée, un nom ou une clé donnés deux fois, ou un nom épinglé avec d&apos;autres clés entraînent le refus du fichier entier. Comparez le fichier avec les autres administrateurs par un canal de confiance.</translation>
    </message>
    <message>
        <source>The keys file is not valid JSON at line %1 (%2). It holds what &apos;fairstart-node keys --json&apos; writes at each node, one object after another or in a JSON array.</source>
        <translation>Le fichier de clés n&apos;est pas du JSON valide à la ligne %1 (%2). Il contient ce qu&apos;écrit &apos;fairstart-node keys --json&apos; sur chaque nœud, un objet après l&apos;autre ou dans un tableau JSON.</translation>
    </message>
    <message>
        <source>The array at line %1 of the keys file holds something other than objects. Each entry is what &apos;fairstart-node keys --json&apos; writes.</source>
        <translation>Le tableau de la ligne %1 du fichier de clés contient autre chose que des objets. Chaque entrée est ce qu&apos;écrit &apos;fairstart-node keys --json&apos;.</translation>
    </message>
    <message>
        <source>The keys file holds no entry. Put in it what &apos;fairstart-node keys --json&apos; writes at each node.</source>
        <translation>Le fichier de clés ne contient aucune entrée. Placez-y ce qu&apos;écrit &apos;fairstart-node keys --json&apos; sur chaque nœud.</translation>
    </message>
    <message>
        <source>Entry %1 of the keys file (line %2)</source>
        <translation>Entrée %1 du fichier de clés (ligne %2)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not one of name, ed25519, x25519, tls_pin and note.</source>
        <translation>le champ &apos;%1&apos; ne fait pas partie de name, ed25519, x25519, tls_pin et note.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing or not a string. Each entry is what &apos;fairstart-node keys --json&apos; writes (name, ed25519, x25519).</source>
        <translation>&apos;%1&apos; est absent ou n&apos;est pas une chaîne. Chaque entrée est ce qu&apos;écrit &apos;fairstart-node keys --json&apos; (name, ed25519, x25519).</translation>
    </message>
    <message>
        <source>&apos;note&apos; is not a string.</source>
        <translation>&apos;note&apos; n&apos;est pas une chaîne.</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; is also entry %2&apos;s. Each node appears once.</source>
        <translation>le nom &apos;%1&apos; est aussi celui de l&apos;entrée %2. Chaque nœud n&apos;apparaît qu&apos;une fois.</translation>
    </message>
    <message>
        <source>the key %1 is also in entry %2. Each node has keys of its own; compare both entries with their administrators.</source>
        <translation>la clé %1 figure aussi dans l&apos;entrée %2. Chaque nœud a ses propres clés&#xa0;; comparez les deux entrées avec leurs administrateurs.</translation>
    </message>
    <message>
        <source>the peer &apos;%1&apos; is pinned with other keys. If its keys changed, confirm them with its administrator, remove it (&apos;fairstart-node peers remove&apos;) and import again.</source>
        <translation>le pair &apos;%1&apos; est épinglé avec d&apos;autres clés. Si ses clés ont changé, confirmez-les auprès de son administrateur, supprimez-le (&apos;fairstart-node peers remove&apos;) et relancez l&apos;importation.</translation>
    </message>
    <message>
        <source>a key of &apos;%1&apos; is pinned for the peer &apos;%2&apos;. Name every node as its administrator does; if it was renamed, remove &apos;%2&apos; first.</source>
        <translation>une clé de &apos;%1&apos; est épinglée pour le pair &apos;%2&apos;. Nommez chaque nœud comme le fait son administrateur&#xa0;; s&apos;il a été renommé, supprimez d&apos;abord &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>yes (1) or no (0): the bounds of a numeric filter, an evaluation&apos;s numeric subgroup edges, winsor bounds, an outcome threshold and spline knots must be edges of this node&apos;s histogram of the variable. Allowing any number lets the refusals of numbers one unit apart locate a record&apos;s value (the maximum birth weight in about 11 requests).</source>
        <translation>oui (1) ou non (0)&#xa0;: les bornes d&apos;un filtre numérique, les bornes de sous-groupe numériques d&apos;une évaluation, les bornes de winsorisation, un seuil définissant la variable de résultat et les nœuds de spline doivent être des bornes de l&apos;histogramme de la variable établi par ce nœud. Autoriser n&apos;importe quel nombre permet, à partir des refus de nombres distants d&apos;une unité, de localiser la valeur d&apos;un enregistrement (le poids de naissance maximal en 11&#xa0;requêtes environ).</translation>
    </message>
    <message>
        <source>A batch of peers without one audit entry each; nothing was pinned. Tell the developers.</source>
        <translation>Un lot de pairs sans entrée du journal d&apos;audit pour chacun&#xa0;; rien n&apos;a été épinglé. Prévenez les développeurs.</translation>
    </message>
    <message>
        <source>The subgroup variable &apos;%1&apos; is numeric: give the cells&apos; edges (subgroup_edges), each an edge of this node&apos;s histogram of it (describe &apos;%1&apos; to see them).</source>
        <translation>La variable de sous-groupe &apos;%1&apos; est numérique&#xa0;: indiquez les bornes des cellules (subgroup_edges), chacune étant une borne de l&apos;histogramme de cette variable établi par ce nœud (décrivez &apos;%1&apos; pour les voir).</translation>
    </message>
    <message>
        <source>Only round 1 may carry the manifest signatures (they arm the study); round %1 carries them.</source>
        <translation>Seul le tour 1 peut porter les signatures du manifeste (elles activent l&apos;étude)&#xa0;; le tour %1 les porte.</translation>
    </message>
    <message>
        <source>A Poisson model needs counts (0, 1, 2, ...), and this site&apos;s outcome has values below 0. Use a Gaussian model for this outcome, or a count variable as the outcome.</source>
        <translation>Un modèle de Poisson demande des effectifs (0, 1, 2, ...), et l&apos;issue de ce site a des valeurs inférieures à 0. Utilisez un modèle gaussien pour cette issue, ou une variable de comptage comme issue.</translation>
    </message>
    <message>
        <source>A Poisson model needs counts (0, 1, 2, ...), and this site&apos;s outcome is not whole numbers (the catalogue says so too). For a rate, use the count as the outcome and log(time at risk) as the offset; for a measurement, use a Gaussian model.</source>
        <translation>Un modèle de Poisson demande des effectifs (0, 1, 2, ...), et l&apos;issue de ce site n&apos;est pas faite de nombres entiers (le catalogue l&apos;indique aussi). Pour un taux, prenez l&apos;effectif comme issue et log(temps à risque) comme offset&#xa0;; pour une mesure, utilisez un modèle gaussien.</translation>
    </message>
    <message>
        <source>yes (1): serve reads every dataset into memory when it starts, in the background, so that the first request does not wait for it. no (0): a dataset is read by the first request that needs it (less memory for datasets nobody uses).</source>
        <translation>oui (1)&#xa0;: serve charge chaque jeu de données en mémoire au démarrage, en arrière-plan, pour que la première requête ne l&apos;attende pas. non (0)&#xa0;: un jeu de données est lu par la première requête qui en a besoin (moins de mémoire pour les jeux de données que personne n&apos;utilise).</translation>
    </message>
    <message>
        <source>At this site, %1 records dominate the variable %2: over all the site&apos;s records they make up more than %3% of its sum or of its spread about the mean, as the request reads it. Every description of %2, and every model that uses it as is, scaled or as a spline, is refused at this site for every cohort, so that no refusal tells which cohort holds those records. Ask the site&apos;s data steward to check those values (a typing error, a unit, a missing-value code such as 9999). Until then leave %2 out, or in a model winsorise it at an edge of the node&apos;s histogram below those values or take its log: such a column is judged the same way, over all the site&apos;s records.</source>
        <translation>Sur ce site, %1 enregistrements dominent la variable %2&#xa0;: sur l&apos;ensemble des enregistrements du site, ils représentent plus de %3&#xa0;% de sa somme ou de sa dispersion autour de la moyenne, telle que la requête la lit. Toute description de %2, et tout modèle qui l&apos;utilise telle quelle, centrée-réduite ou en spline, est refusé sur ce site pour toute cohorte, afin qu&apos;aucun refus ne révèle quelle cohorte contient ces enregistrements. Demandez au responsable des données du site de vérifier ces valeurs (une faute de frappe, une unité, un code de valeur manquante comme 9999). D&apos;ici là, retirez %2, ou dans un modèle winsorisez-la à une borne de l&apos;histogramme du nœud en dessous de ces valeurs ou prenez son logarithme&#xa0;: une telle colonne est jugée de la même manière, sur l&apos;ensemble des enregistrements du site.</translation>
    </message>
    <message>
        <source>The node could not agree the keys of manifest tags with the study&apos;s sites. Tell the site administrator.</source>
        <translation>Le nœud n&apos;a pas pu convenir des clés des étiquettes de manifeste avec les sites de l&apos;étude. Prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>The relay&apos;s manifest tags must be an array of strings, each empty or the base64 of a 32-byte manifest tag.</source>
        <translation>Les étiquettes de manifeste du relais doivent être un tableau de chaînes, chacune vide ou le base64 d&apos;une étiquette de manifeste de 32 octets.</translation>
    </message>
    <message>
        <source>The relay holds %1 manifest tags for %2 sites: one per site of the manifest, participants then observers.</source>
        <translation>Le relais contient %1 étiquettes de manifeste pour %2 sites : une par site du manifeste, les participants puis les observateurs.</translation>
    </message>
    <message>
        <source>The relay holds a manifest tag in this node&apos;s own slot (position %1); that slot stays empty.</source>
        <translation>Le relais contient une étiquette de manifeste à l&apos;emplacement propre de ce nœud (position %1) ; cet emplacement reste vide.</translation>
    </message>
    <message>
        <source>The relay lacks the manifest tag of site &apos;%1&apos; for this node. Every participant and observer must agree to the same manifest before anything is computed.</source>
        <translation>Il manque au relais l&apos;étiquette de manifeste du site &apos;%1&apos; pour ce nœud. Chaque participant et observateur doit approuver le même manifeste avant tout calcul.</translation>
    </message>
    <message>
        <source>The manifest tag of site &apos;%1&apos; does not verify with the key that site shares with this node: it agreed to another manifest, or the tag was not made by it.</source>
        <translation>L&apos;étiquette de manifeste du site &apos;%1&apos; ne se vérifie pas avec la clé que ce site partage avec ce nœud : il a approuvé un autre manifeste, ou l&apos;étiquette n&apos;a pas été faite par lui.</translation>
    </message>
    <message>
        <source>This study&apos;s manifest says &quot;arming&quot;: &quot;tags&quot;: its round 1 carries the other sites&apos; manifest tags for this node and arms it. Send round 1 instead of the signatures.</source>
        <translation>Le manifeste de cette étude indique &quot;arming&quot;: &quot;tags&quot; : son tour 1 apporte les étiquettes de manifeste des autres sites pour ce nœud et l&apos;arme. Envoyez le tour 1 au lieu des signatures.</translation>
    </message>
    <message>
        <source>Only round 1 may carry manifest tags (they arm the study); round %1 carries them.</source>
        <translation>Seul le tour 1 peut porter des étiquettes de manifeste (elles arment l&apos;étude) ; le tour %1 en porte.</translation>
    </message>
    <message>
        <source>This study&apos;s manifest does not say &quot;arming&quot;: &quot;tags&quot;: it is armed by every site&apos;s manifest signature. Send round 1 with the signatures instead of manifest tags.</source>
        <translation>Le manifeste de cette étude n&apos;indique pas &quot;arming&quot;: &quot;tags&quot; : elle est armée par la signature du manifeste de chaque site. Envoyez le tour 1 avec les signatures au lieu des étiquettes de manifeste.</translation>
    </message>
    <message>
        <source>This study&apos;s manifest says &quot;arming&quot;: &quot;tags&quot;: round 1 carries the other sites&apos; manifest tags for this node, not the signatures.</source>
        <translation>Le manifeste de cette étude indique &quot;arming&quot;: &quot;tags&quot; : le tour 1 apporte les étiquettes de manifeste des autres sites pour ce nœud, pas les signatures.</translation>
    </message>
    <message>
        <source>This node computes nothing before every other site&apos;s manifest tag for it is relayed (round 1&apos;s manifest_tags).</source>
        <translation>Ce nœud ne calcule rien avant que l&apos;étiquette de manifeste de chaque autre site pour lui ait été relayée (manifest_tags du tour 1).</translation>
    </message>
    <message>
        <source>This cohort is too small for %1: the site&apos;s most extreme values of %1 would make up more than %2% of the cohort&apos;s sum or of its spread about the mean if they were in it, so its sums could reveal the values of a few records. The node judges every cohort as if those records were in it, whichever cohort holds them, so that a refusal does not tell where they are. Use a larger cohort (fewer or wider filters) or leave %1 out; if those values are errors (a typing error, a unit, a missing-value code), ask the site&apos;s data steward to check them.</source>
        <translation>Cette cohorte est trop petite pour %1 : les valeurs les plus extrêmes de %1 sur ce site représenteraient plus de %2% de la somme de la cohorte ou de sa dispersion autour de la moyenne si elles y figuraient, de sorte que ses sommes pourraient révéler les valeurs de quelques enregistrements. Le nœud juge chaque cohorte comme si ces enregistrements y figuraient, quelle que soit la cohorte qui les contient, afin qu&apos;un refus ne dise pas où ils se trouvent. Utilisez une cohorte plus grande (moins de filtres ou des filtres plus larges) ou retirez %1 ; si ces valeurs sont des erreurs (une faute de frappe, une unité, un code de valeur manquante), demandez au responsable des données du site de les vérifier.</translation>
    </message>
    <message>
        <source>The body must be JSON or a binary relay: send Content-Type: application/json or application/x-fairstart-relay.</source>
        <translation>Le corps doit être du JSON ou un relais binaire : envoyez Content-Type: application/json ou application/x-fairstart-relay.</translation>
    </message>
    <message>
        <source>Smallest piece of a category that two fits&apos; cohorts may split off from each other (their differenced sums are over that many records). 0: half of min_cell (5 by default); never below that, never above min_cell.</source>
        <translation>Plus petite part d&apos;une catégorie que les cohortes de deux ajustements peuvent séparer l&apos;une de l&apos;autre (leurs sommes différenciées portent sur autant d&apos;enregistrements). 0 : la moitié de min_cell (5 par défaut) ; jamais en dessous, jamais au-dessus de min_cell.</translation>
    </message>
    <message>
        <source>Records added: %1, removed: %2 (of which changed: %3). The differencing ledger follows them: a release that differs from an earlier one by the removed or changed records is refused; %4 added records are held out of every analysis until %5 or more are in (docs/privacy-rules.md, &quot;Re-imports that change records&quot;).</source>
        <translation>Enregistrements ajoutés : %1, supprimés : %2 (dont modifiés : %3). Le registre de différenciation les suit : une publication qui diffère d&apos;une précédente par les enregistrements supprimés ou modifiés est refusée ; %4 enregistrements ajoutés restent hors de toute analyse jusqu&apos;à ce qu&apos;il y en ait %5 ou plus (docs/privacy-rules.md, « Re-imports that change records »).</translation>
    </message>
    <message>
        <source>The differencing ledger starts afresh: the records of the earlier import could not be matched to these (a consent column became an analysis variable, or the earlier ledger could not be read). Releases before and after may differ by the records added, removed or changed (docs/privacy-rules.md, &quot;Re-imports that change records&quot;).</source>
        <translation>Le registre de différenciation repart de zéro : les enregistrements de l&apos;importation précédente n&apos;ont pas pu être rapprochés de ceux-ci (une colonne de consentement est devenue une variable d&apos;analyse, ou le registre précédent n&apos;a pas pu être lu). Les publications d&apos;avant et d&apos;après peuvent différer par les enregistrements ajoutés, supprimés ou modifiés (docs/privacy-rules.md, « Re-imports that change records »).</translation>
    </message>
    <message>
        <source>Levels changed in: %1. The differencing ledger&apos;s cells of these variables follow the level names (docs/privacy-rules.md, &quot;A re-import that changes a schema&quot;).</source>
        <translation>Modalités modifiées dans : %1. Les cellules du registre de différenciation pour ces variables suivent les noms des modalités (docs/privacy-rules.md, « A re-import that changes a schema »).</translation>
    </message>
    <message>
        <source>Another kind, a level removed or another first level in: %1. What was released of these variables before cannot be read in the new records, so a release that splits a group on which they were released is refused (docs/privacy-rules.md, &quot;A re-import that changes a schema&quot;).</source>
        <translation>Un autre type, une modalité supprimée ou une autre première modalité dans : %1. Ce qui a été publié auparavant sur ces variables ne peut pas être lu dans les nouveaux enregistrements ; une publication qui scinde un groupe sur lequel elles ont été publiées est donc refusée (docs/privacy-rules.md, « A re-import that changes a schema »).</translation>
    </message>
    <message>
        <source>no (0) or yes (1): import a dataset that holds min_cell or more of the records of another dataset at this node (the same values in every analysis variable both hold). Every dataset has its own differencing ledger, so releases over two datasets that share records can be differenced against each other to reveal a record. With no, such an import is refused: replace a dataset by importing under its own name (the ledger follows the records).</source>
        <translation>non (0) ou oui (1) : importer un jeu de données qui contient min_cell enregistrements ou plus d&apos;un autre jeu de données de ce nœud (les mêmes valeurs dans chaque variable d&apos;analyse que les deux contiennent). Chaque jeu de données a son propre registre de différenciation ; des publications sur deux jeux de données qui partagent des enregistrements peuvent donc être différenciées l&apos;une de l&apos;autre pour révéler un enregistrement. Avec non, une telle importation est refusée : remplacez un jeu de données en important sous son propre nom (le registre suit les enregistrements).</translation>
    </message>
    <message>
        <source>The dataset &apos;%1&apos; holds %2 records of the dataset &apos;%3&apos; at this node (the same values in every analysis variable both hold); nothing was imported. Each dataset has its own differencing ledger, so releases over two datasets that share records could be differenced against each other to reveal a record. To replace &apos;%3&apos; with these records, import them under the name &apos;%3&apos; (the ledger follows the records); to analyse part of &apos;%3&apos;, use filters on it (docs/privacy-rules.md, &quot;Datasets that share records&quot;).</source>
        <translation>Le jeu de données &apos;%1&apos; contient %2 enregistrements du jeu de données &apos;%3&apos; de ce nœud (les mêmes valeurs dans chaque variable d&apos;analyse que les deux contiennent) ; rien n&apos;a été importé. Chaque jeu de données a son propre registre de différenciation ; des publications sur deux jeux de données qui partagent des enregistrements pourraient donc être différenciées l&apos;une de l&apos;autre pour révéler un enregistrement. Pour remplacer &apos;%3&apos; par ces enregistrements, importez-les sous le nom &apos;%3&apos; (le registre suit les enregistrements) ; pour analyser une partie de &apos;%3&apos;, utilisez des filtres (docs/privacy-rules.md, « Datasets that share records »).</translation>
    </message>
    <message>
        <source>A yes/no variable is 0 or 1: these bounds select neither. Filter it by its levels 0 and 1.</source>
        <translation>Une variable oui/non vaut 0 ou 1 : ces bornes ne sélectionnent ni l&apos;un ni l&apos;autre. Filtrez-la par ses niveaux 0 et 1.</translation>
    </message>
    <message>
        <source>Removed the dataset &apos;%1&apos;: it is no longer listed or analysed. Its records and differencing ledger stay in the encrypted store, so that they cannot be imported again under another name and differenced against what was released on them; an import under the name &apos;%1&apos; takes its place and carries the ledger (docs/privacy-rules.md, &quot;A removed dataset&apos;s records&quot;).</source>
        <translation>Jeu de données « %1 » supprimé : il n&apos;est plus listé ni analysé. Ses enregistrements et son registre de différenciation restent dans le stockage chiffré, afin qu&apos;ils ne puissent pas être importés à nouveau sous un autre nom et comparés à ce qui a été publié à leur sujet ; un import sous le nom « %1 » prend sa place et reprend le registre (docs/privacy-rules.md, &quot;A removed dataset&apos;s records&quot;).</translation>
    </message>
    <message>
        <source>The dataset &apos;%1&apos; holds %2 records that a re-import of the dataset &apos;%3&apos; removed or changed (their earlier versions); nothing was imported. The node keeps them so that they cannot be imported again under another name and differenced against what was released on them before. To import these records again, import them under the name &apos;%3&apos; (the ledger follows the records) (docs/privacy-rules.md, &quot;A removed dataset&apos;s records&quot;).</source>
        <translation>Le jeu de données « %1 » contient %2 enregistrements qu&apos;une réimportation du jeu de données « %3 » a supprimés ou modifiés (leurs versions antérieures) ; rien n&apos;a été importé. Le nœud les conserve afin qu&apos;ils ne puissent pas être importés à nouveau sous un autre nom et comparés à ce qui a été publié à leur sujet auparavant. Pour importer à nouveau ces enregistrements, importez-les sous le nom « %3 » (le registre suit les enregistrements) (docs/privacy-rules.md, &quot;A removed dataset&apos;s records&quot;).</translation>
    </message>
    <message>
        <source>The dataset &apos;%1&apos; holds %2 records of the dataset &apos;%3&apos;, which was removed from this node; nothing was imported. A removed dataset&apos;s differencing ledger is kept, so that its records imported again cannot be differenced against what was released on them before. To import these records again, import them under the name &apos;%3&apos; (the ledger follows the records) (docs/privacy-rules.md, &quot;A removed dataset&apos;s records&quot;).</source>
        <translation>Le jeu de données « %1 » contient %2 enregistrements du jeu de données « %3 », qui a été supprimé de ce nœud ; rien n&apos;a été importé. Le registre de différenciation d&apos;un jeu de données supprimé est conservé, afin que ses enregistrements importés à nouveau ne puissent pas être comparés à ce qui a été publié à leur sujet auparavant. Pour importer à nouveau ces enregistrements, importez-les sous le nom « %3 » (le registre suit les enregistrements) (docs/privacy-rules.md, &quot;A removed dataset&apos;s records&quot;).</translation>
    </message>
    <message>
        <source>Consent changed for %1 records (counted above as changed): each is held out of every analysis like an added record, and its earlier version stays in the differencing ledger like a removed one, so that no refusal tells which groups released before held it (docs/privacy-rules.md, &quot;Consent changes are changed records&quot;).</source>
        <translation>Consentement modifié pour %1 enregistrements (comptés ci-dessus comme modifiés) : chacun est tenu hors de toute analyse comme un enregistrement ajouté, et sa version antérieure reste dans le registre de différenciation comme un enregistrement supprimé, afin qu&apos;aucun refus ne révèle quels groupes publiés auparavant le contenaient (docs/privacy-rules.md, &quot;Consent changes are changed records&quot;).</translation>
    </message>
    <message>
        <source>The same records with the same values and consent: the differencing ledger of the earlier import is kept.</source>
        <translation>Les mêmes enregistrements avec les mêmes valeurs et le même consentement : le registre de différenciation de l&apos;import précédent est conservé.</translation>
    </message>
    <message>
        <source>Nothing was forgotten. &apos;dataset remove --forget&apos; deletes the records of the dataset &apos;%1&apos; from this node for good (its table, a removed copy of it, the earlier versions its re-imports kept, and its differencing ledgers) and keeps only a keyed hash of each record, so that the same records are refused if they are ever imported again; what was released on them can no longer be protected by the ledger. To do it, repeat the dataset&apos;s name: --forget --confirm-forget %1.</source>
        <translation>Rien n&apos;a été oublié. &apos;dataset remove --forget&apos; supprime définitivement de ce nœud les enregistrements du jeu de données &apos;%1&apos; (sa table, une copie supprimée de celle-ci, les versions antérieures conservées par ses réimportations et ses registres de différenciation) et ne garde qu&apos;un hachage à clé de chaque enregistrement, afin que les mêmes enregistrements soient refusés s&apos;ils sont un jour importés à nouveau ; ce qui a été publié à leur sujet ne peut alors plus être protégé par le registre. Pour le faire, répétez le nom du jeu de données : --forget --confirm-forget %1.</translation>
    </message>
    <message>
        <source>Forgot the dataset &apos;%1&apos;: %2 records (every stored version) and its differencing ledgers were deleted and the store&apos;s space freed. A keyed hash of each record stays, so that an import holding them again, under any name, is refused (docs/privacy-rules.md, &quot;Forgetting a dataset&quot;).</source>
        <translation>Jeu de données &apos;%1&apos; oublié : %2 enregistrements (toutes les versions stockées) et ses registres de différenciation ont été supprimés et l&apos;espace du stockage libéré. Un hachage à clé de chaque enregistrement reste, afin qu&apos;un import qui les contient à nouveau, sous quelque nom que ce soit, soit refusé (docs/privacy-rules.md, &quot;Forgetting a dataset&quot;).</translation>
    </message>
    <message>
        <source>remove a dataset (audited); --forget deletes its records for good</source>
        <translation>supprimer un jeu de données (journalisé) ; --forget efface définitivement ses enregistrements</translation>
    </message>
    <message>
        <source>delete its records and ledgers for good (a data-protection erasure)</source>
        <translation>effacer définitivement ses enregistrements et registres (un effacement au titre de la protection des données)</translation>
    </message>
    <message>
        <source>the dataset&apos;s name again, to confirm --forget</source>
        <translation>le nom du jeu de données une seconde fois, pour confirmer --forget</translation>
    </message>
    <message>
        <source>The dataset &apos;%1&apos; holds %2 records of the dataset &apos;%3&apos;, which was forgotten at this node (fairstart-node dataset remove --forget); nothing was imported. The node no longer holds their values or the differencing ledger of what was released on them, so releases over them again could be differenced against the earlier ones; a forgotten dataset&apos;s records are not imported again (docs/privacy-rules.md, &quot;Forgetting a dataset&quot;).</source>
        <translation>Le jeu de données &apos;%1&apos; contient %2 enregistrements du jeu de données &apos;%3&apos;, qui a été oublié sur ce nœud (fairstart-node dataset remove --forget) ; rien n&apos;a été importé. Le nœud ne détient plus leurs valeurs ni le registre de différenciation de ce qui a été publié à leur sujet, de sorte que de nouvelles publications sur eux pourraient être comparées aux précédentes ; les enregistrements d&apos;un jeu de données oublié ne sont pas réimportés (docs/privacy-rules.md, &quot;Forgetting a dataset&quot;).</translation>
    </message>
    <message>
        <source>The values of &apos;%1&apos; and of the dataset &apos;%2&apos; at this node, in the analysis variables both hold, are those of the same records but for fewer than %3 (%4 records of the smaller one have their values, as often, in the other); nothing was imported. An extract of a few columns of &apos;%2&apos; cannot be told from its records by these values, and releases over the two could be differenced against each other to reveal a record. To replace &apos;%2&apos;, import under the name &apos;%2&apos;; to analyse part of it, use filters on it. If these are really other records, the administrator can allow it with the policy datasets_share_records = yes (audited) (docs/privacy-rules.md, &quot;Extracts of coarse columns&quot;).</source>
        <translation>Les valeurs de &apos;%1&apos; et du jeu de données &apos;%2&apos; sur ce nœud, dans les variables d&apos;analyse que les deux contiennent, sont celles des mêmes enregistrements à moins de %3 près (%4 enregistrements du plus petit ont leurs valeurs, aussi souvent, dans l&apos;autre) ; rien n&apos;a été importé. Un extrait de quelques colonnes de &apos;%2&apos; ne se distingue pas de ses enregistrements par ces valeurs, et des publications sur les deux pourraient être soustraites l&apos;une de l&apos;autre pour révéler un enregistrement. Pour remplacer &apos;%2&apos;, importez sous le nom &apos;%2&apos; ; pour en analyser une partie, utilisez des filtres. S&apos;il s&apos;agit vraiment d&apos;autres enregistrements, l&apos;administrateur peut l&apos;autoriser avec la politique datasets_share_records = yes (journalisé) (docs/privacy-rules.md, &quot;Extracts of coarse columns&quot;).</translation>
    </message>
    <message>
        <source>The node could not seal its sum seed for the study&apos;s sites. Tell the site administrator.</source>
        <translation>Le nœud n&apos;a pas pu sceller sa graine de somme pour les sites de l&apos;étude. Prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>The relay&apos;s sum seeds must be an array of strings, each empty or the base64 of a 72-byte sealed seed.</source>
        <translation>Les graines de somme du relais doivent être un tableau de chaînes, chacune vide ou le base64 d&apos;une graine scellée de 72 octets.</translation>
    </message>
    <message>
        <source>The manifest says &quot;relay&quot;: &quot;summed&quot;, which this node&apos;s policy turns off (summed_relay = 0; it does not list the capability). Open the study without it.</source>
        <translation>Le manifeste indique &quot;relay&quot;: &quot;summed&quot;, que la politique de ce nœud désactive (summed_relay = 0 ; il ne liste pas cette capacité). Ouvrez l&apos;étude sans.</translation>
    </message>
    <message>
        <source>This study&apos;s manifest does not say &quot;relay&quot;: &quot;summed&quot;: relay every contribution, not their sum.</source>
        <translation>Le manifeste de cette étude n&apos;indique pas &quot;relay&quot;: &quot;summed&quot; : relayez chaque contribution, pas leur somme.</translation>
    </message>
    <message>
        <source>Only round 1 of a study whose manifest says &quot;relay&quot;: &quot;summed&quot; carries sum seeds; this relay is round %1.</source>
        <translation>Seul le tour 1 d&apos;une étude dont le manifeste indique &quot;relay&quot;: &quot;summed&quot; porte des graines de somme ; ce relais est le tour %1.</translation>
    </message>
    <message>
        <source>Every relay of a study whose manifest says &quot;relay&quot;: &quot;summed&quot; carries tags. Send it with its tags.</source>
        <translation>Chaque relais d&apos;une étude dont le manifeste indique &quot;relay&quot;: &quot;summed&quot; porte des étiquettes. Envoyez-le avec ses étiquettes.</translation>
    </message>
    <message>
        <source>Round 1 of a summed study carries every other site&apos;s sealed sum seed for this node, one per site of the study with this node&apos;s own slot empty; this relay holds %1 for %2 sites.</source>
        <translation>Le tour 1 d&apos;une étude sommée porte la graine de somme scellée de chaque autre site pour ce nœud, une par site de l&apos;étude avec l&apos;emplacement propre de ce nœud vide ; ce relais en contient %1 pour %2 sites.</translation>
    </message>
    <message>
        <source>The sum seed in the slot of site &apos;%1&apos; does not open with the key only that site and this node hold: it was sealed for another site or study, or changed on the way.</source>
        <translation>La graine de somme dans l&apos;emplacement du site &apos;%1&apos; ne s&apos;ouvre pas avec la clé que seuls ce site et ce nœud détiennent : elle a été scellée pour un autre site ou une autre étude, ou modifiée en chemin.</translation>
    </message>
    <message>
        <source>The relay&apos;s fields of this node&apos;s own round-%1 contribution are not the ones it answered.</source>
        <translation>Les champs du relais pour la contribution de ce nœud au tour %1 ne sont pas ceux qu&apos;il a répondus.</translation>
    </message>
    <message>
        <source>The relay holds no valid sum tag of site &apos;%1&apos; for this node (16 bytes, below 2^127 - 1).</source>
        <translation>Le relais ne contient aucune étiquette de somme valide du site &apos;%1&apos; pour ce nœud (16 octets, inférieure à 2^127 - 1).</translation>
    </message>
    <message>
        <source>The node could not check the sum tags. Tell the site administrator.</source>
        <translation>Le nœud n&apos;a pas pu vérifier les étiquettes de somme. Prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>The word sum of round %1 does not match the participants&apos; sum tags for this node: the sum or a field was changed, a site&apos;s words were left out or counted twice, or tags of another round, study or node were relayed.</source>
        <translation>La somme des mots du tour %1 ne correspond pas aux étiquettes de somme des participants pour ce nœud : la somme ou un champ a été modifié, les mots d&apos;un site ont été omis ou comptés deux fois, ou des étiquettes d&apos;un autre tour, d&apos;une autre étude ou d&apos;un autre nœud ont été relayées.</translation>
    </message>
    <message>
        <source>The node could not tag its contribution&apos;s sum. Tell the site administrator.</source>
        <translation>Le nœud n&apos;a pas pu étiqueter la somme de sa contribution. Prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>This token has made the most requests this node allows per hour (%1). Wait %2 seconds before the next request, or ask the site administrator if your work needs more.</source>
        <translation>Ce jeton a fait le maximum de requêtes que ce nœud autorise par heure (%1). Attendez %2 secondes avant la prochaine requête, ou demandez à l&apos;administrateur du site si votre travail en demande davantage.</translation>
    </message>
    <message>
        <source>unknown --missing &apos;%1&apos;; use one of: %2.</source>
        <translation>--missing &apos;%1&apos; inconnu ; utilisez l&apos;un de : %2.</translation>
    </message>
    <message>
        <source>which values are missing: scattered (default; each variable on its own) or grouped (a questionnaire not returned, a child lost to follow-up; the demo federation&apos;s, so that models on different variables are not refused for differencing)</source>
        <translation>quelles valeurs manquent : scattered (par défaut ; chaque variable séparément) ou grouped (un questionnaire non renvoyé, un enfant perdu de vue ; celles de la fédération de démonstration, pour que des modèles sur des variables différentes ne soient pas refusés pour différenciation)</translation>
    </message>
    <message>
        <source>Maximum requests a token may make per hour, of any kind (refused ones count too); beyond it the node answers 429 until the budget refills.</source>
        <translation>Nombre maximal de requêtes qu&apos;un jeton peut faire par heure, de tout type (les refusées comptent aussi) ; au-delà, le nœud répond 429 jusqu&apos;à ce que le budget se reconstitue.</translation>
    </message>
    <message>
        <source>take (1) or refuse (0) the summed relay of masked model studies: from round 2 on this node gets the contributions&apos; fields, their word sum and linear tags instead of every contribution. 0 makes the node list the capability no longer, as an older node.</source>
        <translation>accepter (1) ou refuser (0) le relais sommé des études de modèle masquées : à partir du tour 2, ce nœud reçoit les champs des contributions, leur somme de mots et des étiquettes linéaires au lieu de chaque contribution. Avec 0, le nœud ne liste plus cette capacité, comme un nœud plus ancien.</translation>
    </message>
    <message>
        <source>This node has answered the most requests without a known token that it allows per hour (%1). Send the header &apos;Authorization: Bearer &lt;token&gt;&apos; with a token from the site administrator, or wait %2 seconds.</source>
        <translation>Ce nœud a répondu au nombre maximal de requêtes sans jeton connu qu&apos;il accepte par heure (%1). Envoyez l&apos;en-tête «&#xa0;Authorization: Bearer &lt;token&gt;&#xa0;» avec un jeton de l&apos;administrateur du site, ou attendez %2 secondes.</translation>
    </message>
    <message>
        <source>requests computed at once (default: the policy&apos;s &apos;threads&apos;)</source>
        <translation>requêtes calculées simultanément (par défaut&#xa0;: «&#xa0;threads&#xa0;» de la politique)</translation>
    </message>
    <message>
        <source>Requests the HTTPS server computes at once (further complete requests wait for one of them to finish).</source>
        <translation>Requêtes que le serveur HTTPS calcule simultanément (les autres requêtes complètes attendent que l&apos;une d&apos;elles se termine).</translation>
    </message>
    <message>
        <source>Connections the HTTPS server holds at once, each with its own thread (in the TLS handshake, sending a request, computed, answered or kept alive). When all are taken, a new connection closes the one that has waited longest for a request.</source>
        <translation>Connexions que le serveur HTTPS maintient simultanément, chacune avec son propre fil (pendant la négociation TLS, l&apos;envoi d&apos;une requête, le calcul, la réponse ou maintenue ouverte). Lorsqu&apos;elles sont toutes prises, une nouvelle connexion ferme celle qui attend une requête depuis le plus longtemps.</translation>
    </message>
    <message>
        <source>Connections one client address (an IPv6 address: its /64) may hold that wait for a request. A further one closes that address&apos;s longest kept-alive connection, or, when it has none, is closed at once before any TLS work.</source>
        <translation>Connexions en attente d&apos;une requête qu&apos;une adresse cliente (une adresse IPv6&#xa0;: son /64) peut maintenir. Une connexion de plus ferme la connexion maintenue ouverte la plus ancienne de cette adresse ou, s&apos;il n&apos;y en a pas, est fermée aussitôt, avant tout travail TLS.</translation>
    </message>
    <message>
        <source>A connection must complete its TLS handshake and each request (headers and body), and take each answer, within this many seconds, or it is closed. A request being computed has no deadline.</source>
        <translation>Une connexion doit achever sa négociation TLS et chaque requête (en-têtes et corps), et recevoir chaque réponse, dans ce nombre de secondes, sinon elle est fermée. Une requête en cours de calcul n&apos;a pas de délai.</translation>
    </message>
    <message>
        <source>This node could not read the dataset from its store, so it does not answer on it now. Try again later; if it persists, tell the node&apos;s administrator (the node&apos;s log says why).</source>
        <translation>Ce nœud n’a pas pu lire le jeu de données dans son stockage et n’y répond donc pas pour l’instant. Réessayez plus tard&#xa0;; si cela persiste, prévenez l’administrateur du nœud (le journal du nœud en donne la raison).</translation>
    </message>
    <message>
        <source>GET /v1/info takes with=catalogue only. Leave &apos;with&apos; out, or ask for the catalogue.</source>
        <translation>GET /v1/info n’accepte que with=catalogue. Omettez &apos;with&apos; ou demandez le catalogue.</translation>
    </message>
    <message>
        <source>The study&apos;s job expired: it was idle, reached its lifetime, or its user held more than a fair share of the node&apos;s job memory while others waited. Start a new study.</source>
        <translation>La tâche de l’étude a expiré&#xa0;: elle était inactive, a atteint sa durée de vie, ou son utilisateur détenait plus qu’une part équitable de la mémoire des tâches du nœud pendant que d’autres attendaient. Lancez une nouvelle étude.</translation>
    </message>
    <message>
        <source>The node could not read the %1 of the dataset &apos;%2&apos; from its store (%3), so it does not answer on that dataset. Check the store&apos;s disk and restart the node; if it persists, import the dataset again.</source>
        <translation>Le nœud n’a pas pu lire les %1 du jeu de données &apos;%2&apos; dans son stockage (%3) et ne répond donc pas sur ce jeu de données. Vérifiez le disque du stockage et redémarrez le nœud&#xa0;; si cela persiste, importez à nouveau le jeu de données.</translation>
    </message>
    <message>
        <source>The %1 of the dataset &apos;%2&apos; in the node&apos;s store are not what this version wrote, so it does not answer on that dataset. Import the dataset again.</source>
        <translation>Les %1 du jeu de données &apos;%2&apos; dans le stockage du nœud ne sont pas ce que cette version a écrit&#xa0;; le nœud ne répond donc pas sur ce jeu de données. Importez à nouveau le jeu de données.</translation>
    </message>
    <message>
        <source>fact records</source>
        <translation>enregistrements de faits</translation>
    </message>
    <message>
        <source>held records</source>
        <translation>enregistrements retenus</translation>
    </message>
    <message>
        <source>removed records&apos; facts</source>
        <translation>faits des enregistrements supprimés</translation>
    </message>
    <message>
        <source>frozen histogram steps</source>
        <translation>pas d’histogramme figés</translation>
    </message>
    <message>
        <source>The dataset &apos;%1&apos; shares records with &apos;%2&apos; (datasets_share_records = yes): the node removed from it the records this import removed or changed (%3; generation %4), and merged the differencing ledgers of the two, so that no release over either differs from an earlier one by those records (docs/privacy-rules.md, &quot;Datasets that share records, after an erasure&quot;). Re-import &apos;%1&apos; with its corrected records if it should hold them.</source>
        <translation>Le jeu de données &apos;%1&apos; partage des enregistrements avec &apos;%2&apos; (datasets_share_records = yes)&#xa0;: le nœud en a retiré ce que cet import a supprimé ou modifié (%3&#xa0;; génération %4) et a fusionné les registres de différenciation des deux, afin qu’aucune publication sur l’un ou l’autre ne diffère d’une précédente par ces enregistrements (docs/privacy-rules.md, &quot;Datasets that share records, after an erasure&quot;). Réimportez &apos;%1&apos; avec ses enregistrements corrigés s’il doit les contenir.</translation>
    </message>
    <message>
        <source>yes (1) or no (0): with datasets_share_records = yes, a re-import that removes or changes records also removes the removed versions from every other dataset that shares records with it and merges their differencing ledgers. With no the datasets stay independent (a test bench of separate worlds), and after an erasure in one the same release over the other can reveal the erased record.</source>
        <translation>oui (1) ou non (0)&#xa0;: avec datasets_share_records = yes, une réimportation qui supprime ou modifie des enregistrements retire aussi les versions supprimées de tout autre jeu de données qui partage des enregistrements avec elle et fusionne leurs registres de différenciation. Avec non, les jeux de données restent indépendants (un banc d’essai de mondes séparés), et après un effacement dans l’un, la même publication sur l’autre peut révéler l’enregistrement effacé.</translation>
    </message>
    <message>
        <source>The body must be a request batch: send Content-Type: application/x-fairstart-batch.</source>
        <translation>Le corps doit être un lot de requêtes&#xa0;: envoyez Content-Type: application/x-fairstart-batch.</translation>
    </message>
    <message>
        <source>A batch cannot hold another batch. Send its parts in the outer batch.</source>
        <translation>Un lot ne peut pas contenir un autre lot. Envoyez ses parties dans le lot extérieur.</translation>
    </message>
    <message>
        <source>The request batch cannot be read; nothing in it was done. Send it as docs/protocol.md describes (&quot;Requests in one batch&quot;).</source>
        <translation>Le lot de requêtes est illisible&#xa0;; rien n’en a été exécuté. Envoyez-le comme le décrit docs/protocol.md (&quot;Requests in one batch&quot;).</translation>
    </message>
    <message>
        <source>A batch holds only the steps of a study (opening a job, its signatures, its rounds, its site fit); nothing in it was done. Send other requests on their own.</source>
        <translation>Un lot ne contient que les étapes d’une étude (ouvrir une tâche, ses signatures, ses tours, son ajustement par site)&#xa0;; rien n’en a été exécuté. Envoyez les autres requêtes séparément.</translation>
    </message>
    <message>
        <source>This part of the batch was not run because part %1 was refused; nothing was done for it. Send it again once that part succeeds.</source>
        <translation>Cette partie du lot n’a pas été exécutée car la partie %1 a été refusée&#xa0;; rien n’a été fait pour elle. Renvoyez-la dès que cette partie réussit.</translation>
    </message>
    <message>
        <source>This node takes no request batches (its policy says batch = 0, and its info lists no capability &apos;batch&apos;). Send each step as a request of its own.</source>
        <translation>Ce nœud n&apos;accepte pas de lots de requêtes (sa politique indique batch = 0 et ses informations ne mentionnent pas la capacité &apos;batch&apos;). Envoyez chaque étape comme une requête distincte.</translation>
    </message>
    <message>
        <source>take (1) or refuse (0) request batches (POST /v1/batch: a few steps of a study&apos;s flow in one request, each run as the request it is). 0 makes the node list the capability no longer and answer a batch 404, as an older node; clients then send each step alone.</source>
        <translation>accepter (1) ou refuser (0) les lots de requêtes (POST /v1/batch&#xa0;: quelques étapes du déroulement d&apos;une étude en une requête, chacune exécutée comme la requête qu&apos;elle est). 0 fait que le nœud ne mentionne plus la capacité et répond 404 à un lot, comme un nœud plus ancien&#xa0;; les clients envoient alors chaque étape séparément.</translation>
    </message>
    <message>
        <source>The request&apos;s Content-Length is not one number of bytes. Send one Content-Length header with the body&apos;s size in decimal digits.</source>
        <translation>Le Content-Length de la requête n&apos;est pas un nombre d&apos;octets. Envoyez un seul en-tête Content-Length avec la taille du corps en chiffres décimaux.</translation>
    </message>
    <message>
        <source>An empty list of audit entries was given; nothing was written. Tell the developers.</source>
        <translation>Une liste vide d&apos;entrées d&apos;audit a été donnée&#xa0;; rien n&apos;a été écrit. Signalez-le aux développeurs.</translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not open the site store in %1. Check FAIRSTART_NODE_PASSPHRASE or --passphrase-file. If the passphrase is right, the store file is damaged: keep it as it is and restore the data dir from a backup.</source>
        <translation>Phrase secrète incorrecte&#xa0;: elle n&apos;ouvre pas le stockage du site dans %1. Vérifiez FAIRSTART_NODE_PASSPHRASE ou --passphrase-file. Si la phrase secrète est correcte, le fichier de stockage est endommagé&#xa0;: laissez-le tel quel et restaurez le dossier de données depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>(default; not in policy.conf)</source>
        <translation>(par défaut&#xa0;; absent de policy.conf)</translation>
    </message>
    <message>
        <source>%1 line %2 ends without a line break: the file may have been cut short, and a value cut short can still be a valid one (min_cohort = 100 cut to 10). Check the line against a backup or your records, then end it with a line break, or run &apos;fairstart-node policy set %3 VALUE&apos;.</source>
        <translation>%1, ligne %2&#xa0;: elle se termine sans saut de ligne&#xa0;: le fichier a peut-être été tronqué, et une valeur tronquée peut rester valide (min_cohort = 100 tronqué en 10). Vérifiez la ligne à l’aide d’une sauvegarde ou de vos notes, puis terminez-la par un saut de ligne, ou lancez «&#xa0;fairstart-node policy set %3 VALEUR&#xa0;».</translation>
    </message>
    <message>
        <source>warning: policy.conf does not set %1, which therefore take their defaults. A policy file cut short loses its last lines this way: if you had set any of them, restore the file from a backup. To keep a default, write it in the file (&apos;fairstart-node policy set KEY VALUE&apos;); then this warning ends.</source>
        <translation>avertissement&#xa0;: policy.conf ne définit pas %1, qui prennent donc leur valeur par défaut. Un fichier de politique tronqué perd ainsi ses dernières lignes&#xa0;: si vous aviez défini l’une d’elles, restaurez le fichier depuis une sauvegarde. Pour garder une valeur par défaut, écrivez-la dans le fichier (&apos;fairstart-node policy set CLÉ VALEUR&apos;)&#xa0;; cet avertissement disparaît alors.</translation>
    </message>
    <message>
        <source>Maximum atoms one user&apos;s releases may add to a dataset import&apos;s differencing ledger (of its 20,000 for all users). A release that would split the records further beyond it is refused for that user only; repeating released cohorts stays possible. Lowering it only refuses more.</source>
        <translation>Nombre maximal d’atomes que les publications d’un utilisateur peuvent ajouter au registre de différenciation d’un import de jeu de données (sur ses 20 000 pour tous les utilisateurs). Une publication qui diviserait davantage les enregistrements au-delà est refusée pour cet utilisateur seulement ; répéter des cohortes déjà publiées reste possible. L’abaisser ne fait que refuser davantage.</translation>
    </message>
    <message>
        <source>This store keeps no charges of the differencing ledger; nothing was released. Tell the developers.</source>
        <translation>Ce stockage ne tient pas les décomptes du registre de différenciation ; rien n’a été publié. Signalez-le aux développeurs.</translation>
    </message>
    <message>
        <source>This store keeps no charges of the differencing ledger; nothing was recorded or released. Tell the developers.</source>
        <translation>Ce stockage ne tient pas les décomptes du registre de différenciation ; rien n’a été enregistré ni publié. Signalez-le aux développeurs.</translation>
    </message>
</context>
<context>
    <name>Fairstart::Ui</name>
    <message>
        <source>About Fairstart</source>
        <translation>À propos de Fairstart</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fairstart Workbench %1&lt;/h3&gt;&lt;p&gt;Federated analysis of child-health data: the analysis travels to the data, only checked aggregates come back.&lt;/p&gt;&lt;p&gt;Statistics engine %2 · protocol %3&lt;br&gt;%4&lt;br&gt;%5&lt;br&gt;Qt %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fairstart Workbench %1&lt;/h3&gt;&lt;p&gt;Analyse fédérée de données de santé de l&apos;enfant&#xa0;: l&apos;analyse se déplace vers les données, seuls des agrégats contrôlés reviennent.&lt;/p&gt;&lt;p&gt;Moteur statistique %2 · protocole %3&lt;br&gt;%4&lt;br&gt;%5&lt;br&gt;Qt %6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>numeric</source>
        <translation>numérique</translation>
    </message>
    <message>
        <source>categorical</source>
        <translation>catégorielle</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>oui/non</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>%1 is numeric at some sites and categorical at others: check with the site administrators before using it.</source>
        <translation>%1 est numérique sur certains sites et catégorielle sur d&apos;autres&#xa0;: vérifiez auprès des administrateurs des sites avant de l&apos;utiliser.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n site(s)</source>
        <translation>
            <numerusform>%1 sur %n site</numerusform>
            <numerusform>%1 sur %n sites</numerusform>
        </translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>not released</source>
        <translation>non diffusé</translation>
    </message>
    <message>
        <source>Withheld by the area: fewer than %1 records.</source>
        <translation>Masqué par la zone&#xa0;: moins de %1 enregistrements.</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Records with a value</source>
        <translation>Enregistrements avec une valeur</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Taux (%)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicateur&#xa0;:</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>Exporter le &amp;graphique…</translation>
    </message>
    <message>
        <source>Export the chart as PNG, SVG or PDF</source>
        <translation>Exporter le graphique en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Export &amp;table…</source>
        <translation>Exporter le &amp;tableau…</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>Exporter le tableau en CSV</translation>
    </message>
    <message>
        <source>Indicator per area</source>
        <translation>Indicateur par zone</translation>
    </message>
    <message>
        <source>Indicator table</source>
        <translation>Tableau des indicateurs</translation>
    </message>
    <message>
        <source>About suppression</source>
        <translation>À propos du masquage</translation>
    </message>
    <message>
        <source>No indicator released</source>
        <translation>Aucun indicateur diffusé</translation>
    </message>
    <message>
        <source>%1 = %2 per area</source>
        <translation>%1 = %2 par zone</translation>
    </message>
    <message>
        <source>Hatched bars: the area withheld the count because it is below its threshold; the rate lies somewhere in the hatched range. Totals over areas are not shown, because they would reveal withheld counts.</source>
        <translation>Barres hachurées&#xa0;: la zone a masqué l&apos;effectif parce qu&apos;il est inférieur à son seuil&#xa0;; le taux se situe quelque part dans la plage hachurée. Les totaux sur l&apos;ensemble des zones ne sont pas affichés, car ils révéleraient les effectifs masqués.</translation>
    </message>
    <message>
        <source>Every area released this indicator.</source>
        <translation>Toutes les zones ont diffusé cet indicateur.</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Predictor</source>
        <translation>Prédicteur</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>cohorte</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>predictor</source>
        <translation>prédicteur</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>interaction</translation>
    </message>
    <message>
        <source>fitted model</source>
        <translation>modèle ajusté</translation>
    </message>
    <message>
        <source>Cohort: everyone</source>
        <translation>Cohorte&#xa0;: tout le monde</translation>
    </message>
    <message numerus="yes">
        <source>Cohort: %n filter(s)</source>
        <translation>
            <numerusform>Cohorte&#xa0;: %n filtre</numerusform>
            <numerusform>Cohorte&#xa0;: %n filtres</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcome: not chosen</source>
        <translation>Résultat&#xa0;: non choisi</translation>
    </message>
    <message>
        <source>Outcome: %1 &gt; %2</source>
        <translation>Résultat&#xa0;: %1 &gt; %2</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Predictor: not chosen</source>
        <translation>Prédicteur&#xa0;: non choisi</translation>
    </message>
    <message>
        <source>Predictor: %1</source>
        <translation>Prédicteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Model: logistic</source>
        <translation>Modèle&#xa0;: logistique</translation>
    </message>
    <message>
        <source>Model: Poisson</source>
        <translation>Modèle&#xa0;: Poisson</translation>
    </message>
    <message>
        <source>Model: linear</source>
        <translation>Modèle&#xa0;: linéaire</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Relier</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier le bloc %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter le bloc %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer le bloc %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n block(s)</source>
        <translation>
            <numerusform>Supprimer %n bloc</numerusform>
            <numerusform>Supprimer %n blocs</numerusform>
        </translation>
    </message>
    <message>
        <source>One of the two blocks no longer exists.</source>
        <translation>L&apos;un des deux blocs n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A block cannot be connected to itself.</source>
        <translation>Un bloc ne peut pas être relié à lui-même.</translation>
    </message>
    <message>
        <source>These blocks have no such connection point.</source>
        <translation>Ces blocs n&apos;ont pas ce point de connexion.</translation>
    </message>
    <message>
        <source>Connect an output (right side) to an input (left side).</source>
        <translation>Reliez une sortie (côté droit) à une entrée (côté gauche).</translation>
    </message>
    <message>
        <source>A %1 cannot go into the %2 input of the %3: connect it to a matching input.</source>
        <translation>Une sortie de type %1 ne peut pas être reliée à l&apos;entrée de type %2 du bloc %3&#xa0;: reliez-la à une entrée compatible.</translation>
    </message>
    <message>
        <source>These two blocks are already connected.</source>
        <translation>Ces deux blocs sont déjà reliés.</translation>
    </message>
    <message>
        <source>The %1 input of the %2 is already in use: remove its link first.</source>
        <translation>L&apos;entrée de type %1 du bloc %2 est déjà utilisée&#xa0;: supprimez d&apos;abord son lien.</translation>
    </message>
    <message>
        <source>An interaction needs two different predictors.</source>
        <translation>Une interaction nécessite deux prédicteurs différents.</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>Ajouter %2 comme %1</translation>
    </message>
    <message>
        <source>Replace design</source>
        <translation>Remplacer la conception</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n block(s)</source>
        <translation>
            <numerusform>Coller %n bloc</numerusform>
            <numerusform>Coller %n blocs</numerusform>
        </translation>
    </message>
    <message>
        <source>A block has no valid kind or id.</source>
        <translation>Un bloc n&apos;a pas de type ou d&apos;identifiant valide.</translation>
    </message>
    <message>
        <source>The predictor &apos;%1&apos; has an unknown transformation &apos;%2&apos;.</source>
        <translation>Le prédicteur &apos;%1&apos; utilise une transformation inconnue&#xa0;: &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The model has an unknown family &apos;%1&apos;.</source>
        <translation>Le modèle utilise une famille inconnue&#xa0;: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>This is not a Fairstart design (the &quot;format&quot; field is missing or different). Open a design saved by Fairstart.</source>
        <translation>Ce fichier n&apos;est pas une conception de modèle Fairstart (le champ &quot;format&quot; est absent ou différent). Ouvrez une conception enregistrée par Fairstart.</translation>
    </message>
    <message>
        <source>This design was saved by a newer Fairstart (format version %1). Update Fairstart to open it.</source>
        <translation>Cette conception a été enregistrée par une version plus récente de Fairstart (version de format %1). Mettez Fairstart à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Two blocks share the id %1: the design file is damaged.</source>
        <translation>Deux blocs partagent l&apos;identifiant %1&#xa0;: le fichier de conception est endommagé.</translation>
    </message>
    <message>
        <source>The design has more than one model block: the design file is damaged.</source>
        <translation>La conception contient plus d&apos;un bloc modèle&#xa0;: le fichier de conception est endommagé.</translation>
    </message>
    <message>
        <source>A link of the design is not valid: %1</source>
        <translation>Un lien de la conception n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Problems of the design</source>
        <translation>Problèmes de la conception</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>The same model as an R formula (read-only). Filters and the ridge penalty are not part of a formula.</source>
        <translation>Le même modèle sous forme de formule R (lecture seule). Les filtres et la pénalité ridge ne font pas partie d&apos;une formule.</translation>
    </message>
    <message>
        <source>Design as JSON</source>
        <translation>Conception au format JSON</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>No problems found: the design can be run.</source>
        <translation>Aucun problème détecté&#xa0;: la conception peut être exécutée.</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <source>(choose an outcome first)</source>
        <translation>(choisissez d&apos;abord une variable de résultat)</translation>
    </message>
    <message>
        <source>A design has one model block.</source>
        <translation>Une conception ne contient qu&apos;un seul bloc modèle.</translation>
    </message>
    <message>
        <source>Select exactly two predictors to add their interaction.</source>
        <translation>Sélectionnez exactement deux prédicteurs pour ajouter leur interaction.</translation>
    </message>
    <message>
        <source>Add interaction</source>
        <translation>Ajouter une interaction</translation>
    </message>
    <message>
        <source>first</source>
        <translation>premier</translation>
    </message>
    <message>
        <source>second</source>
        <translation>second</translation>
    </message>
    <message>
        <source>predictors</source>
        <translation>prédicteurs</translation>
    </message>
    <message>
        <source>interactions</source>
        <translation>interactions</translation>
    </message>
    <message>
        <source>fit</source>
        <translation>ajustement</translation>
    </message>
    <message>
        <source>not complete</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>ran</source>
        <translation>exécuté</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete selection</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <source>A threshold turns the outcome &apos;%1&apos; into yes/no: choose the logistic model or remove the threshold.</source>
        <translation>Un seuil transforme la variable de résultat &apos;%1&apos; en oui/non&#xa0;: choisissez le modèle logistique ou supprimez le seuil.</translation>
    </message>
    <message>
        <source>A predictor has no variable: choose one in its properties or delete the block.</source>
        <translation>Un prédicteur n&apos;a pas de variable&#xa0;: choisissez-en une dans ses propriétés ou supprimez le bloc.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a predictor more than once: delete one of the blocks.</source>
        <translation>La variable &apos;%1&apos; est utilisée plusieurs fois comme prédicteur&#xa0;: supprimez l&apos;un des blocs.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is both the outcome and a predictor: delete the predictor.</source>
        <translation>La variable &apos;%1&apos; est à la fois la variable de résultat et un prédicteur&#xa0;: supprimez le prédicteur.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is both the offset and a predictor: use it in one role only.</source>
        <translation>La variable &apos;%1&apos; est à la fois l&apos;offset et un prédicteur&#xa0;: ne lui donnez qu&apos;un seul rôle.</translation>
    </message>
    <message>
        <source>The spline of &apos;%1&apos; has %2 knots: choose between 3 and 7.</source>
        <translation>La spline de &apos;%1&apos; a %2 nœuds&#xa0;: choisissez entre 3 et 7.</translation>
    </message>
    <message>
        <source>The bounds for winsorising &apos;%1&apos; must be two numbers with the lower below the upper: correct them.</source>
        <translation>Les bornes de winsorisation de &apos;%1&apos; doivent être deux nombres, la borne inférieure étant plus petite que la borne supérieure&#xa0;: corrigez-les.</translation>
    </message>
    <message>
        <source>An interaction needs two predictors: connect a predictor to each of its inputs or delete it.</source>
        <translation>Une interaction nécessite deux prédicteurs&#xa0;: reliez un prédicteur à chacune de ses entrées ou supprimez-la.</translation>
    </message>
    <message>
        <source>The interaction %1:%2 uses &apos;%3&apos;, which is not connected to the model as a predictor: connect &apos;%3&apos; to the model too.</source>
        <translation>L&apos;interaction %1:%2 utilise &apos;%3&apos;, qui n&apos;est pas relié au modèle comme prédicteur&#xa0;: reliez aussi &apos;%3&apos; au modèle.</translation>
    </message>
    <message>
        <source>The interaction %1:%2 is there twice: delete one.</source>
        <translation>L&apos;interaction %1:%2 figure deux fois&#xa0;: supprimez-en une.</translation>
    </message>
    <message>
        <source>A filter has no variable: choose one or remove the filter.</source>
        <translation>Un filtre n&apos;a pas de variable&#xa0;: choisissez-en une ou supprimez le filtre.</translation>
    </message>
    <message>
        <source>The filter on &apos;%1&apos; has its minimum above its maximum, so no record could pass: correct the bounds.</source>
        <translation>Le minimum du filtre sur &apos;%1&apos; est supérieur à son maximum, aucun enregistrement ne peut donc passer&#xa0;: corrigez les bornes.</translation>
    </message>
    <message>
        <source>The filter on &apos;%1&apos; sets no bounds and no values: set one or remove the filter.</source>
        <translation>Le filtre sur &apos;%1&apos; ne définit ni bornes ni valeurs&#xa0;: définissez-en ou supprimez le filtre.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is both the outcome and the offset: choose another offset.</source>
        <translation>La variable &apos;%1&apos; est à la fois la variable de résultat et l&apos;offset&#xa0;: choisissez un autre offset.</translation>
    </message>
    <message>
        <source>The ridge penalty must be zero or a positive number.</source>
        <translation>La pénalité ridge doit être égale à zéro ou à un nombre positif.</translation>
    </message>
    <message>
        <source>The design has no model block: add one with Design ▸ Add block ▸ Model.</source>
        <translation>La conception n&apos;a pas de bloc modèle&#xa0;: ajoutez-en un avec Conception ▸ Ajouter un bloc ▸ Modèle.</translation>
    </message>
    <message>
        <source>The model has no outcome: choose the outcome&apos;s variable and connect the outcome block to the model.</source>
        <translation>Le modèle n&apos;a pas de variable de résultat&#xa0;: choisissez la variable de résultat et reliez le bloc Résultat au modèle.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not connected to the model, so it is left out: connect it or delete it.</source>
        <translation>Le bloc &apos;%1&apos; n&apos;est pas relié au modèle et n&apos;est donc pas pris en compte&#xa0;: reliez-le ou supprimez-le.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not available at %2: choose another variable or leave %2 out of the run.</source>
        <translation>La variable &apos;%1&apos; n&apos;est pas disponible sur le site %2&#xa0;: choisissez une autre variable ou excluez %2 de l&apos;analyse.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is categorical at %2, so it cannot be transformed with a log, standardisation, spline or winsorising: treat it as categorical.</source>
        <translation>La variable &apos;%1&apos; est catégorielle sur le site %2&#xa0;: elle ne peut donc pas être transformée par log, standardisation, spline ou winsorisation. Traitez-la comme catégorielle.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is numeric at %2: use it as a number (as is, log, standardised, spline) instead of as categorical.</source>
        <translation>La variable &apos;%1&apos; est numérique sur le site %2&#xa0;: utilisez-la comme nombre (telle quelle, log, standardisée, spline) plutôt que comme catégorielle.</translation>
    </message>
    <message>
        <source>Level &apos;%1&apos; of &apos;%2&apos; has fewer than %3 records at %4, so the node will refuse the model: merge the level with another, filter it out, or leave %4 out.</source>
        <translation>La modalité &apos;%1&apos; de &apos;%2&apos; compte moins de %3 enregistrements sur le site %4, le nœud refusera donc le modèle&#xa0;: regroupez cette modalité avec une autre, excluez-la par un filtre ou excluez %4.</translation>
    </message>
    <message>
        <source>The offset &apos;%1&apos; is categorical at %2: an offset must be a number.</source>
        <translation>L&apos;offset &apos;%1&apos; est catégoriel sur le site %2&#xa0;: un offset doit être un nombre.</translation>
    </message>
    <message>
        <source>The outcome &apos;%1&apos; has %2 levels at %3; a logistic model needs exactly two: choose a yes/no outcome.</source>
        <translation>La variable de résultat &apos;%1&apos; a %2 modalités sur le site %3&#xa0;; un modèle logistique en exige exactement deux&#xa0;: choisissez une variable de résultat oui/non.</translation>
    </message>
    <message>
        <source>The outcome &apos;%1&apos; is categorical at %2: a threshold or a Poisson or linear model needs a numeric outcome.</source>
        <translation>La variable de résultat &apos;%1&apos; est catégorielle sur le site %2&#xa0;: un seuil, un modèle de Poisson ou un modèle linéaire nécessite une variable de résultat numérique.</translation>
    </message>
    <message>
        <source>At %1 the rarer outcome class has about %2 records for %3 parameters; the node needs at least %4 per parameter: use fewer predictors or levels, or leave %1 out.</source>
        <translation>Sur le site %1, la classe de résultat la plus rare compte environ %2 enregistrements pour %3 paramètres&#xa0;; le nœud en exige au moins %4 par paramètre&#xa0;: utilisez moins de prédicteurs ou de modalités, ou excluez %1.</translation>
    </message>
    <message>
        <source>Design canvas</source>
        <translation>Canevas de conception</translation>
    </message>
    <message>
        <source>The model as blocks. Drag variables here from the catalogue; drag from an output on the right of a block to an input on the left of another to connect them. Tab selects the next block, the arrow keys move it, Delete removes it.</source>
        <translation>Le modèle sous forme de blocs. Faites glisser des variables ici depuis le catalogue&#xa0;; pour relier deux blocs, faites glisser depuis une sortie à droite d&apos;un bloc vers une entrée à gauche d&apos;un autre. Tab sélectionne le bloc suivant, les touches fléchées le déplacent, Suppr le supprime.</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) selected</source>
        <translation>
            <numerusform>%n bloc sélectionné</numerusform>
            <numerusform>%n blocs sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Connected to the model</source>
        <translation>&amp;Relié au modèle</translation>
    </message>
    <message>
        <source>Connected to the model</source>
        <translation>Relié au modèle</translation>
    </message>
    <message>
        <source>Select a block on the canvas to see and change its settings.</source>
        <translation>Sélectionnez un bloc sur le canevas pour voir et modifier ses paramètres.</translation>
    </message>
    <message>
        <source>(choose a variable)</source>
        <translation>(choisissez une variable)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Only records that pass every filter are used. A numeric filter keeps values from minimum to maximum; a categorical one keeps the listed levels (separated by commas).</source>
        <translation>Seuls les enregistrements qui passent tous les filtres sont utilisés. Un filtre numérique conserve les valeurs comprises entre le minimum et le maximum&#xa0;; un filtre catégoriel conserve les modalités indiquées (séparées par des virgules).</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>&amp;Add filter</source>
        <translation>&amp;Ajouter un filtre</translation>
    </message>
    <message>
        <source>&amp;Remove filter</source>
        <translation>&amp;Supprimer le filtre</translation>
    </message>
    <message>
        <source>Outcome variable</source>
        <translation>Variable de résultat</translation>
    </message>
    <message>
        <source>Yes when above a &amp;threshold</source>
        <translation>&amp;Oui si au-dessus d&apos;un seuil</translation>
    </message>
    <message>
        <source>Yes when above a threshold</source>
        <translation>Oui si au-dessus d&apos;un seuil</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>&amp;Variable:</source>
        <translation>&amp;Variable&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation>&amp;Seuil&#xa0;:</translation>
    </message>
    <message>
        <source>Predictor variable</source>
        <translation>Variable du prédicteur</translation>
    </message>
    <message>
        <source>Transformation</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>As is</source>
        <translation>Telle quelle</translation>
    </message>
    <message>
        <source>Natural log</source>
        <translation>Logarithme naturel</translation>
    </message>
    <message>
        <source>Standardised (federated mean and SD)</source>
        <translation>Standardisée (moyenne et écart-type fédérés)</translation>
    </message>
    <message>
        <source>Restricted cubic spline</source>
        <translation>Spline cubique restreinte</translation>
    </message>
    <message>
        <source>Winsorised</source>
        <translation>Winsorisée</translation>
    </message>
    <message>
        <source>Categorical</source>
        <translation>Catégorielle</translation>
    </message>
    <message>
        <source>Number of knots</source>
        <translation>Nombre de nœuds</translation>
    </message>
    <message>
        <source>Lower bound</source>
        <translation>Borne inférieure</translation>
    </message>
    <message>
        <source>Upper bound</source>
        <translation>Borne supérieure</translation>
    </message>
    <message>
        <source>Reference level</source>
        <translation>Modalité de référence</translation>
    </message>
    <message>
        <source>&amp;Transformation:</source>
        <translation>&amp;Transformation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Knots:</source>
        <translation>&amp;Nœuds&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lower bound:</source>
        <translation>Borne &amp;inférieure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Upper bound:</source>
        <translation>Borne s&amp;upérieure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reference level:</source>
        <translation>&amp;Modalité de référence&#xa0;:</translation>
    </message>
    <message>
        <source>First predictor</source>
        <translation>Premier prédicteur</translation>
    </message>
    <message>
        <source>Second predictor</source>
        <translation>Second prédicteur</translation>
    </message>
    <message>
        <source>An interaction lets the effect of one predictor depend on another. Both must also be predictors of the model.</source>
        <translation>Une interaction permet à l&apos;effet d&apos;un prédicteur de dépendre d&apos;un autre. Les deux doivent aussi être des prédicteurs du modèle.</translation>
    </message>
    <message>
        <source>&amp;First:</source>
        <translation>&amp;Premier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Second:</source>
        <translation>&amp;Second&#xa0;:</translation>
    </message>
    <message>
        <source>Model family</source>
        <translation>Famille du modèle</translation>
    </message>
    <message>
        <source>Logistic (yes/no outcome)</source>
        <translation>Logistique (résultat oui/non)</translation>
    </message>
    <message>
        <source>Poisson (counts)</source>
        <translation>Poisson (effectifs)</translation>
    </message>
    <message>
        <source>Linear (continuous outcome)</source>
        <translation>Linéaire (résultat continu)</translation>
    </message>
    <message>
        <source>Ridge penalty</source>
        <translation>Pénalité ridge</translation>
    </message>
    <message>
        <source>L2 penalty on the coefficients; 0 fits a plain model.</source>
        <translation>Pénalité L2 sur les coefficients&#xa0;; 0 ajuste un modèle sans pénalité.</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>&amp;Famille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ridge penalty:</source>
        <translation>Pénalité &amp;ridge&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Offset:</source>
        <translation>&amp;Offset&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Discrimination (AUC with 95% CI)</source>
        <translation>&amp;Discrimination (AUC avec IC à 95&#xa0;%)</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Discrimination</translation>
    </message>
    <message>
        <source>&amp;Brier score</source>
        <translation>Score de &amp;Brier</translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation>Score de Brier</translation>
    </message>
    <message>
        <source>&amp;Calibration (intercept and slope)</source>
        <translation>&amp;Calibration (ordonnée à l&apos;origine et pente)</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <source>&amp;Per-site breakdown</source>
        <translation>Détail &amp;par site</translation>
    </message>
    <message>
        <source>Per-site breakdown</source>
        <translation>Détail par site</translation>
    </message>
    <message>
        <source>Risk thresholds</source>
        <translation>Seuils de risque</translation>
    </message>
    <message>
        <source>Risk &amp;thresholds:</source>
        <translation>&amp;Seuils de risque&#xa0;:</translation>
    </message>
    <message>
        <source>Change interaction</source>
        <translation>Modifier l&apos;interaction</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Not complete yet.</source>
        <translation>Pas encore complet.</translation>
    </message>
    <message>
        <source>Ready to run.</source>
        <translation>Prêt à être exécuté.</translation>
    </message>
    <message>
        <source>Ran with these settings.</source>
        <translation>Exécuté avec ces paramètres.</translation>
    </message>
    <message>
        <source>(first level)</source>
        <translation>(première modalité)</translation>
    </message>
    <message>
        <source>(choose a predictor)</source>
        <translation>(choisissez un prédicteur)</translation>
    </message>
    <message>
        <source>(no offset)</source>
        <translation>(pas d&apos;offset)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Choose a passphrase for %1. The workspace is encrypted with it; without it nobody, including you, can open the file again.</source>
        <translation>Choisissez une phrase secrète pour %1. L&apos;espace de travail est chiffré avec elle&#xa0;; sans elle, personne, pas même vous, ne pourra rouvrir le fichier.</translation>
    </message>
    <message>
        <source>%1 was locked after a period without activity. Enter its passphrase to continue.</source>
        <translation>%1 a été verrouillé après une période d&apos;inactivité. Saisissez sa phrase secrète pour continuer.</translation>
    </message>
    <message>
        <source>Enter the passphrase of %1.</source>
        <translation>Saisissez la phrase secrète de %1.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Confirmation de la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>Use at least 8 characters; a few words are easier to remember.</source>
        <translation>Utilisez au moins 8 caractères&#xa0;; quelques mots sont plus faciles à retenir.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Les deux phrases secrètes sont différentes&#xa0;: saisissez deux fois la même.</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Ajouter un site</translation>
    </message>
    <message>
        <source>Enter what the site&apos;s administrator gave you: the address of the node, its certificate pin and your token.</source>
        <translation>Saisissez ce que l&apos;administrateur du site vous a fourni&#xa0;: l&apos;adresse du nœud, l&apos;empreinte épinglée de son certificat et votre jeton.</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <source>e.g. jgz-utrecht</source>
        <translation>p. ex. jgz-utrecht</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Certificate pin</source>
        <translation>Empreinte épinglée du certificat</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>I &amp;compared this pin with the one the administrator gave me</source>
        <translation>J&apos;ai &amp;comparé cette empreinte avec celle fournie par l&apos;administrateur</translation>
    </message>
    <message>
        <source>&amp;Add site</source>
        <translation>&amp;Ajouter le site</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Pin:</source>
        <translation>&amp;Empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Pin to compare: %1</source>
        <translation>Empreinte à comparer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Save the design automatically while I work</source>
        <translation>&amp;Enregistrer automatiquement la conception pendant que je travaille</translation>
    </message>
    <message>
        <source>Lock the workspace after minutes without activity</source>
        <translation>Verrouiller l&apos;espace de travail après ce nombre de minutes d&apos;inactivité</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A new language takes effect when Fairstart starts again.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de Fairstart.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>Verrouiller &amp;après&#xa0;:</translation>
    </message>
    <message>
        <source>Zoom 100%</source>
        <translation>Zoom 100&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before running</source>
        <translation>
            <numerusform>%n problème à corriger avant l&apos;exécution</numerusform>
            <numerusform>%n problèmes à corriger avant l&apos;exécution</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to run (%n warning(s))</source>
        <translation>
            <numerusform>Prêt à exécuter (%n avertissement)</numerusform>
            <numerusform>Prêt à exécuter (%n avertissements)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to run</source>
        <translation>Prêt à exécuter</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1&#xa0;%</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Fermer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Open &amp;Demo Federation</source>
        <translation>Ouvrir la fédération de &amp;démonstration</translation>
    </message>
    <message>
        <source>New &amp;Design</source>
        <translation>No&amp;uvelle conception</translation>
    </message>
    <message>
        <source>&amp;Save Design Version</source>
        <translation>&amp;Enregistrer une version de la conception</translation>
    </message>
    <message>
        <source>&amp;Export Design…</source>
        <translation>E&amp;xporter la conception…</translation>
    </message>
    <message>
        <source>&amp;Import Design…</source>
        <translation>&amp;Importer une conception…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupli&amp;quer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit Design</source>
        <translation>A&amp;juster la conception à la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Réinitialiser la &amp;disposition</translation>
    </message>
    <message>
        <source>&amp;Run on Sites…</source>
        <translation>&amp;Exécuter sur les sites…</translation>
    </message>
    <message>
        <source>&amp;Add Site…</source>
        <translation>&amp;Ajouter un site…</translation>
    </message>
    <message>
        <source>&amp;Remove Site</source>
        <translation>&amp;Retirer le site</translation>
    </message>
    <message>
        <source>&amp;Check Sites</source>
        <translation>&amp;Vérifier les sites</translation>
    </message>
    <message>
        <source>&amp;Interaction of Selected Predictors</source>
        <translation>&amp;Interaction des prédicteurs sélectionnés</translation>
    </message>
    <message>
        <source>&amp;About Fairstart</source>
        <translation>À &amp;propos de Fairstart</translation>
    </message>
    <message>
        <source>Demo federation</source>
        <translation>Fédération de démonstration</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Conception</translation>
    </message>
    <message>
        <source>&amp;Add Block</source>
        <translation>&amp;Ajouter un bloc</translation>
    </message>
    <message>
        <source>&amp;Sites</source>
        <translation>&amp;Sites</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Add site…</source>
        <translation>Ajouter un site…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Search variables, labels and levels</source>
        <translation>Rechercher dans les variables, libellés et modalités</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Rechercher dans le catalogue</translation>
    </message>
    <message>
        <source>Variable catalogue</source>
        <translation>Catalogue des variables</translation>
    </message>
    <message>
        <source>Select a variable in the catalogue first.</source>
        <translation>Sélectionnez d&apos;abord une variable dans le catalogue.</translation>
    </message>
    <message>
        <source>Add as &amp;predictor</source>
        <translation>Ajouter comme &amp;prédicteur</translation>
    </message>
    <message>
        <source>Add as o&amp;utcome</source>
        <translation>Ajouter comme &amp;résultat</translation>
    </message>
    <message>
        <source>Drag a variable onto the canvas (hold Shift for the outcome), or select it and press Enter.</source>
        <translation>Faites glisser une variable sur le canevas (maintenez Maj enfoncée pour la variable de résultat), ou sélectionnez-la et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Conception</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Journal des requêtes</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Page d&apos;accueil</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Fairstart Workbench&lt;/h1&gt;&lt;p&gt;Design a risk model, run it where the data are, and read back only checked aggregates.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Fairstart Workbench&lt;/h1&gt;&lt;p&gt;Concevez un modèle de risque, exécutez-le là où se trouvent les données et ne récupérez que des agrégats contrôlés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>An encrypted file for your designs, sites, runs and results.</source>
        <translation>Un fichier chiffré pour vos conceptions, sites, analyses et résultats.</translation>
    </message>
    <message>
        <source>Continue where you left off.</source>
        <translation>Reprenez là où vous vous étiez arrêté.</translation>
    </message>
    <message>
        <source>Open demo federation</source>
        <translation>Ouvrir la fédération de démonstration</translation>
    </message>
    <message>
        <source>Three synthetic sites started by &apos;make demo&apos;.</source>
        <translation>Trois sites synthétiques lancés par &apos;make demo&apos;.</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espaces de travail récents</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent workspaces&lt;/b&gt;</source>
        <translation>&lt;b&gt;Espaces de travail récents&lt;/b&gt;</translation>
    </message>
    <message>
        <source>demo federation (not saved)</source>
        <translation>fédération de démonstration (non enregistrée)</translation>
    </message>
    <message>
        <source>Fairstart Workbench</source>
        <translation>Fairstart Workbench</translation>
    </message>
    <message>
        <source>%1 — Fairstart Workbench</source>
        <translation>%1 — Fairstart Workbench</translation>
    </message>
    <message>
        <source>No workspace opened yet.</source>
        <translation>Aucun espace de travail ouvert pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Saved automatically (version %1).</source>
        <translation>Enregistré automatiquement (version %1).</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>Conception sans titre</translation>
    </message>
    <message>
        <source>The design &apos;%1&apos; could not be read: %2</source>
        <translation>La conception &apos;%1&apos; n&apos;a pas pu être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>Opened &apos;%1&apos;, version %2 of %3.</source>
        <translation>Conception &apos;%1&apos; ouverte, version %2 sur %3.</translation>
    </message>
    <message>
        <source>Fairstart workspaces (*.fairstart)</source>
        <translation>Espaces de travail Fairstart (*.fairstart)</translation>
    </message>
    <message>
        <source>%1 no longer exists. It may have been moved or deleted; open it from its new place.</source>
        <translation>%1 n&apos;existe plus. Le fichier a peut-être été déplacé ou supprimé&#xa0;; ouvrez-le depuis son nouvel emplacement.</translation>
    </message>
    <message>
        <source>There is no demo federation running: %1 does not exist. Run &apos;make demo&apos; in the source folder first; it starts three local sites and opens the workbench on them.</source>
        <translation>Aucune fédération de démonstration n&apos;est en cours d&apos;exécution&#xa0;: %1 n&apos;existe pas. Exécutez d&apos;abord &apos;make demo&apos; dans le dossier des sources&#xa0;; cette commande lance trois sites locaux et ouvre Fairstart Workbench sur ces sites.</translation>
    </message>
    <message>
        <source>The demo sites file could not be used: %1</source>
        <translation>Le fichier des sites de démonstration n&apos;a pas pu être utilisé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Demo federation: %n site(s). Designs are not saved until you create a workspace (File ▸ New Workspace).</source>
        <translation>
            <numerusform>Fédération de démonstration&#xa0;: %n site. Les conceptions ne sont enregistrées qu&apos;après la création d&apos;un espace de travail (Fichier ▸ Nouvel espace de travail).</numerusform>
            <numerusform>Fédération de démonstration&#xa0;: %n sites. Les conceptions ne sont enregistrées qu&apos;après la création d&apos;un espace de travail (Fichier ▸ Nouvel espace de travail).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a workspace or the demo federation first.</source>
        <translation>Ouvrez d&apos;abord un espace de travail ou la fédération de démonstration.</translation>
    </message>
    <message>
        <source>Untitled design %1</source>
        <translation>Conception sans titre %1</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>Enregistrer la conception</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Enregistré comme version %1.</translation>
    </message>
    <message>
        <source>No changes since version %1.</source>
        <translation>Aucune modification depuis la version %1.</translation>
    </message>
    <message>
        <source>Export design</source>
        <translation>Exporter la conception</translation>
    </message>
    <message>
        <source>Fairstart models (*.fsmodel)</source>
        <translation>Modèles Fairstart (*.fsmodel)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Import design</source>
        <translation>Importer une conception</translation>
    </message>
    <message>
        <source>Select a site in the Sites panel first.</source>
        <translation>Sélectionnez d&apos;abord un site dans le panneau Sites.</translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation>Retirer le site</translation>
    </message>
    <message>
        <source>Remove %1 from this workspace? Its token is deleted too; earlier runs keep their results.</source>
        <translation>Retirer %1 de cet espace de travail&#xa0;? Son jeton est également supprimé&#xa0;; les analyses précédentes conservent leurs résultats.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (v%2)</source>
        <translation>%1 (v%2)</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Requests are logged in a workspace.</source>
        <translation>Les requêtes sont journalisées dans un espace de travail.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies); the chain is intact.</source>
        <translation>
            <numerusform>%n entrée&#xa0;; la chaîne est intacte.</numerusform>
            <numerusform>%n entrées&#xa0;; la chaîne est intacte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Information for parents and carers</source>
        <translation>Informations pour les parents et les personnes ayant la charge de l&apos;enfant</translation>
    </message>
    <message>
        <source>What is estimated?</source>
        <translation>Qu&apos;est-ce qui est estimé&#xa0;?</translation>
    </message>
    <message>
        <source>Professionals who care for your child can use a calculation that estimates the chance of the following:</source>
        <translation>Les professionnels qui s&apos;occupent de votre enfant peuvent utiliser un calcul qui estime la probabilité de ce qui suit&#xa0;:</translation>
    </message>
    <message>
        <source>The calculation was made for: %1.</source>
        <translation>Le calcul a été établi pour&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Which information is used?</source>
        <translation>Quelles informations sont utilisées&#xa0;?</translation>
    </message>
    <message>
        <source>The calculation uses these kinds of information about a child:</source>
        <translation>Le calcul utilise ces types d&apos;informations sur un enfant&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>The calculation was learned from the information of many children at %n organisation(s). That information never left those organisations: only totals and averages were combined. Nobody involved saw the records of individual children.</source>
        <translation>
            <numerusform>Le calcul a été établi à partir des informations de nombreux enfants suivis par %n organisation. Ces informations n&apos;ont jamais quitté cette organisation&#xa0;: seuls des totaux et des moyennes ont été combinés. Aucune des personnes impliquées n&apos;a vu les données d&apos;un enfant en particulier.</numerusform>
            <numerusform>Le calcul a été établi à partir des informations de nombreux enfants suivis par %n organisations. Ces informations n&apos;ont jamais quitté ces organisations&#xa0;: seuls des totaux et des moyennes ont été combinés. Aucune des personnes impliquées n&apos;a vu les données d&apos;un enfant en particulier.</numerusform>
        </translation>
    </message>
    <message>
        <source>When a professional uses the calculator for your child, the values are typed in on their own computer. Nothing is sent anywhere, and nothing is stored unless the professional saves it.</source>
        <translation>Lorsqu&apos;un professionnel utilise le calculateur pour votre enfant, les valeurs sont saisies sur son propre ordinateur. Rien n&apos;est envoyé nulle part, et rien n&apos;est conservé, sauf si le professionnel l&apos;enregistre.</translation>
    </message>
    <message>
        <source>What does a risk mean?</source>
        <translation>Que signifie un risque&#xa0;?</translation>
    </message>
    <message>
        <source>A risk of, for example, 20% means: of 100 children with the same information, about 20 would be expected to have this outcome, and about 80 would not. It is an estimate for a group of similar children, with some uncertainty, which is why a range is shown as well.</source>
        <translation>Un risque de 20&#xa0;%, par exemple, signifie&#xa0;: sur 100 enfants ayant les mêmes informations, environ 20 devraient présenter ce résultat, et environ 80 non. C&apos;est une estimation pour un groupe d&apos;enfants semblables, avec une part d&apos;incertitude&#xa0;; c&apos;est pourquoi une fourchette est aussi indiquée.</translation>
    </message>
    <message>
        <source>What does a risk not mean?</source>
        <translation>Que ne signifie pas un risque&#xa0;?</translation>
    </message>
    <message>
        <source>It is not a diagnosis, and it does not say what will happen to your child.</source>
        <translation>Ce n&apos;est pas un diagnostic, et cela ne dit pas ce qui arrivera à votre enfant.</translation>
    </message>
    <message>
        <source>It does not say that you, or anyone, did something wrong.</source>
        <translation>Cela ne veut pas dire que vous, ou quelqu&apos;un d&apos;autre, avez fait quelque chose de mal.</translation>
    </message>
    <message>
        <source>It never decides anything by itself: it helps a professional decide, together with you, whether extra support could help.</source>
        <translation>Le calcul ne décide jamais rien tout seul&#xa0;: il aide un professionnel à décider, avec vous, si un soutien supplémentaire pourrait être utile.</translation>
    </message>
    <message>
        <source>How good is the calculation?</source>
        <translation>Quelle est la qualité du calcul&#xa0;?</translation>
    </message>
    <message>
        <source>If we take one child who had the outcome and one who did not, the calculation gives the first child the higher risk in about %1 of 100 such pairs. 50 would be no better than chance; 100 would be perfect.</source>
        <translation>Prenons un enfant chez qui le résultat étudié s&apos;est produit et un autre chez qui il ne s&apos;est pas produit&#xa0;: le calcul attribue le risque le plus élevé au premier enfant dans environ %1 paires sur 100. 50 ne ferait pas mieux que le hasard&#xa0;; 100 serait parfait.</translation>
    </message>
    <message>
        <source>Whom can I ask?</source>
        <translation>À qui puis-je m&apos;adresser&#xa0;?</translation>
    </message>
    <message>
        <source>Ask the professional who told you about this calculation, for example your youth health nurse or doctor.</source>
        <translation>Adressez-vous au professionnel qui vous a parlé de ce calcul, par exemple l&apos;infirmier ou le médecin du service de santé des jeunes.</translation>
    </message>
    <message>
        <source>Could not write the information sheet to %1. Choose another folder and try again.</source>
        <translation>Impossible d&apos;enregistrer la fiche d&apos;information dans %1. Choisissez un autre dossier et réessayez.</translation>
    </message>
    <message>
        <source>logistic regression (binomial family, logit link)</source>
        <translation>régression logistique (famille binomiale, lien logit)</translation>
    </message>
    <message>
        <source>Poisson regression (log link)</source>
        <translation>régression de Poisson (lien log)</translation>
    </message>
    <message>
        <source>linear regression (Gaussian family, identity link)</source>
        <translation>régression linéaire (famille gaussienne, lien identité)</translation>
    </message>
    <message>
        <source>%1, linear</source>
        <translation>%1, linéaire</translation>
    </message>
    <message>
        <source>%1, natural logarithm</source>
        <translation>%1, logarithme naturel</translation>
    </message>
    <message>
        <source>%1, standardised</source>
        <translation>%1, standardisé</translation>
    </message>
    <message>
        <source>%1, standardised (federated mean %2, SD %3)</source>
        <translation>%1, standardisé (moyenne fédérée %2, ET %3)</translation>
    </message>
    <message>
        <source>%1, restricted cubic spline with %2 knots at %3 (federated quantiles)</source>
        <translation>%1, spline cubique restreinte à %2 nœuds en %3 (quantiles fédérés)</translation>
    </message>
    <message>
        <source>%1, winsorised to [%2, %3]</source>
        <translation>%1, winsorisé à [%2, %3]</translation>
    </message>
    <message>
        <source>%1, categorical (levels %2; reference %3)</source>
        <translation>%1, catégoriel (niveaux %2&#xa0;; référence %3)</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>parmi %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Prediction model for %1</source>
        <translation>Modèle de prédiction pour %1</translation>
    </message>
    <message>
        <source>Federated analysis report, organised along the TRIPOD statement items. Produced by Fairstart %1 on %2. All figures are aggregates released by the sites after their disclosure checks; no record left a site.</source>
        <translation>Rapport d&apos;analyse fédérée, structuré selon les items de la déclaration TRIPOD. Produit par Fairstart %1 le %2. Tous les chiffres sont des agrégats publiés par les sites après leurs contrôles de divulgation&#xa0;; aucun enregistrement n&apos;a quitté un site.</translation>
    </message>
    <message>
        <source>Source of data</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <source>Dataset &lt;b&gt;%1&lt;/b&gt;, analysed for the purpose &lt;b&gt;%2&lt;/b&gt; at %3 sites between %4 and %5 (UTC).</source>
        <translation>Jeu de données &lt;b&gt;%1&lt;/b&gt;, analysé pour la finalité &lt;b&gt;%2&lt;/b&gt; sur %3 sites entre %4 et %5 (UTC).</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Left out by the analyst&apos;s explicit choice after a failure: %1.</source>
        <translation>Exclu par choix explicite de l&apos;analyste après un échec&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Design hash: &lt;tt&gt;%1&lt;/tt&gt;. Every site recomputed this hash from the design it received and recorded it in its audit log.</source>
        <translation>Empreinte de la conception&#xa0;: &lt;tt&gt;%1&lt;/tt&gt;. Chaque site a recalculé cette empreinte à partir de la conception reçue et l&apos;a consignée dans son journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Participants and cohort flow</source>
        <translation>Participants et flux de la cohorte</translation>
    </message>
    <message>
        <source>Counts are rounded to the nearest %1; counts below %2 are shown as &quot;%3&quot;.</source>
        <translation>Les effectifs sont arrondis au multiple de %1 le plus proche&#xa0;; les effectifs inférieurs à %2 sont affichés sous la forme « %3 ».</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>No consent for the purpose</source>
        <translation>Pas de consentement pour la finalité</translation>
    </message>
    <message>
        <source>Outside the filters</source>
        <translation>Hors des filtres</translation>
    </message>
    <message>
        <source>Missing a model variable</source>
        <translation>Variable du modèle manquante</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>Analysés</translation>
    </message>
    <message>
        <source>Eligibility (filters): %1.</source>
        <translation>Critères d&apos;inclusion (filtres)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No eligibility filters: every consented record was eligible.</source>
        <translation>Aucun filtre d&apos;inclusion&#xa0;: tout enregistrement avec consentement était inclus.</translation>
    </message>
    <message>
        <source>%1 &gt; %2 (1), otherwise 0</source>
        <translation>%1 &gt; %2 (1), sinon 0</translation>
    </message>
    <message>
        <source>Outcome: &lt;b&gt;%1&lt;/b&gt;; model: %2.</source>
        <translation>Variable de résultat&#xa0;: &lt;b&gt;%1&lt;/b&gt;&#xa0;; modèle&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Records with the outcome: %1 of %2.</source>
        <translation>Enregistrements présentant le résultat&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>Predictors</source>
        <translation>Prédicteurs</translation>
    </message>
    <message>
        <source>interaction %1 × %2</source>
        <translation>interaction %1 × %2</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>offset %1</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>Taille de l&apos;échantillon</translation>
    </message>
    <message>
        <source>%1 records analysed, %2 model parameters.</source>
        <translation>%1 enregistrements analysés, %2 paramètres du modèle.</translation>
    </message>
    <message>
        <source>Events per parameter (smaller outcome class): %1.</source>
        <translation>Événements par paramètre (plus petite classe du résultat)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Données manquantes</translation>
    </message>
    <message>
        <source>Complete-case analysis: a record missing any model variable was left out (see the cohort flow). Records missing each variable, among the eligible ones:</source>
        <translation>Analyse des cas complets&#xa0;: tout enregistrement auquel manquait une variable du modèle a été exclu (voir le flux de la cohorte). Enregistrements auxquels manque chaque variable, parmi les enregistrements inclus&#xa0;:</translation>
    </message>
    <message>
        <source>Model specification and fitting</source>
        <translation>Spécification et ajustement du modèle</translation>
    </message>
    <message>
        <source>Fitted by federated Newton–Raphson (IRLS): in each round every site returned only XᵀWX, the score and the deviance at the current coefficients; the sums equal those of the pooled data, so the estimates equal a pooled fit. %1 rounds; deviance %2; AIC %3.</source>
        <translation>Ajusté par Newton–Raphson fédéré (IRLS)&#xa0;: à chaque itération, chaque site n&apos;a renvoyé que XᵀWX, le score et la déviance aux coefficients courants&#xa0;; leurs sommes sont égales à celles des données regroupées, donc les estimations sont égales à celles d&apos;un ajustement sur les données regroupées. %1 itérations&#xa0;; déviance %2&#xa0;; AIC %3.</translation>
    </message>
    <message>
        <source>Ridge penalty λ = %1 (intercept not penalised).</source>
        <translation>Pénalité ridge λ = %1 (constante non pénalisée).</translation>
    </message>
    <message>
        <source>Model: coefficients</source>
        <translation>Modèle&#xa0;: coefficients</translation>
    </message>
    <message>
        <source>Brier score %1 (scaled Brier %2).</source>
        <translation>Score de Brier %1 (Brier normalisé %2).</translation>
    </message>
    <message>
        <source>Observed/expected %1; E-avg %2; E-max %3.</source>
        <translation>Observé/attendu %1&#xa0;; E-avg %2&#xa0;; E-max %3.</translation>
    </message>
    <message>
        <source>No performance results in this run (evaluation is available for logistic models when the sites allow it).</source>
        <translation>Aucun résultat de performance dans cette analyse (l&apos;évaluation est disponible pour les modèles logistiques lorsque les sites l&apos;autorisent).</translation>
    </message>
    <message>
        <source>Results per site</source>
        <translation>Résultats par site</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>IC à 95&#xa0;%</translation>
    </message>
    <message>
        <source>Brier</source>
        <translation>Brier</translation>
    </message>
    <message>
        <source>Heterogeneity of the AUC between sites: Cochran&apos;s Q = %1 on %2 df (p = %3), I² = %4.</source>
        <translation>Hétérogénéité de l&apos;AUC entre les sites&#xa0;: Q de Cochran = %1 pour %2 ddl (p = %3), I² = %4.</translation>
    </message>
    <message>
        <source>The sites released no per-site performance.</source>
        <translation>Les sites n&apos;ont publié aucune performance par site.</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Performance is apparent performance on the development data; it is not corrected for optimism (no internal or external validation in this run).</source>
        <translation>Il s&apos;agit de la performance apparente sur les données de développement&#xa0;; elle n&apos;est pas corrigée de l&apos;optimisme (aucune validation interne ou externe dans cette analyse).</translation>
    </message>
    <message>
        <source>Complete-case analysis may bias the estimates when values are not missing completely at random.</source>
        <translation>L&apos;analyse des cas complets peut biaiser les estimations lorsque les valeurs ne sont pas manquantes de façon complètement aléatoire.</translation>
    </message>
    <message>
        <source>The AUC is computed from risks binned at the sites; its binning error is at most %1.</source>
        <translation>L&apos;AUC est calculée à partir des risques regroupés en classes sur les sites&#xa0;; l&apos;erreur due à ce regroupement est d&apos;au plus %1.</translation>
    </message>
    <message>
        <source>Not every site contributed; the cohort is not the full federation.</source>
        <translation>Tous les sites n&apos;ont pas contribué&#xa0;; la cohorte ne couvre pas toute la fédération.</translation>
    </message>
    <message>
        <source>Could not write the report to %1. Choose another folder and try again.</source>
        <translation>Impossible d&apos;enregistrer le rapport dans %1. Choisissez un autre dossier et réessayez.</translation>
    </message>
    <message>
        <source>No effect</source>
        <translation>Aucun effet</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>%1s with 95% intervals</source>
        <translation>%1 avec intervalles à 95&#xa0;%</translation>
    </message>
    <message>
        <source>Estimates with 95% intervals</source>
        <translation>Estimations avec intervalles à 95&#xa0;%</translation>
    </message>
    <message>
        <source>%1 (log scale)</source>
        <translation>%1 (échelle logarithmique)</translation>
    </message>
    <message>
        <source>Convergence: deviance per round</source>
        <translation>Convergence&#xa0;: déviance par itération</translation>
    </message>
    <message>
        <source>Intercept-only model</source>
        <translation>Modèle avec constante seule</translation>
    </message>
    <message>
        <source>Full model</source>
        <translation>Modèle complet</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Itération</translation>
    </message>
    <message>
        <source>Deviance</source>
        <translation>Déviance</translation>
    </message>
    <message>
        <source>ROC curve — %1</source>
        <translation>Courbe ROC — %1</translation>
    </message>
    <message>
        <source>1 − specificity (false-positive rate)</source>
        <translation>1 − spécificité (taux de faux positifs)</translation>
    </message>
    <message>
        <source>Sensitivity (true-positive rate)</source>
        <translation>Sensibilité (taux de vrais positifs)</translation>
    </message>
    <message>
        <source>No discrimination</source>
        <translation>Aucune discrimination</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>intercept %1</source>
        <translation>constante %1</translation>
    </message>
    <message>
        <source>slope %1</source>
        <translation>pente %1</translation>
    </message>
    <message>
        <source>Brier %1</source>
        <translation>Brier %1</translation>
    </message>
    <message>
        <source>Predicted risk (mean per group)</source>
        <translation>Risque prédit (moyenne par groupe)</translation>
    </message>
    <message>
        <source>Observed proportion</source>
        <translation>Proportion observée</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Idéal</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalle à 95&#xa0;%</translation>
    </message>
    <message>
        <source>Risk groups (%1)</source>
        <translation>Groupes de risque (%1)</translation>
    </message>
    <message>
        <source>Predicted risk by outcome</source>
        <translation>Risque prédit selon le résultat</translation>
    </message>
    <message>
        <source>Predicted risk</source>
        <translation>Risque prédit</translation>
    </message>
    <message>
        <source>% of the class</source>
        <translation>% du groupe</translation>
    </message>
    <message>
        <source>Without the outcome (%1)</source>
        <translation>Résultat absent (%1)</translation>
    </message>
    <message>
        <source>With the outcome (%1)</source>
        <translation>Résultat présent (%1)</translation>
    </message>
    <message>
        <source>Withheld (%1): somewhere in the hatched range</source>
        <translation>Masqué (%1)&#xa0;: quelque part dans la zone hachurée</translation>
    </message>
    <message>
        <source>Distribution of %1</source>
        <translation>Distribution de %1</translation>
    </message>
    <message>
        <source>Distribution of %1: withheld by the site</source>
        <translation>Distribution de %1&#xa0;: masquée par le site</translation>
    </message>
    <message>
        <source>Records per unit</source>
        <translation>Enregistrements par unité</translation>
    </message>
    <message>
        <source>%1 by level</source>
        <translation>%1 par niveau</translation>
    </message>
    <message>
        <source>Odds ratio</source>
        <translation>Rapport de cotes</translation>
    </message>
    <message>
        <source>Rate ratio</source>
        <translation>Rapport de taux</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>SE</source>
        <translation>ES</translation>
    </message>
    <message>
        <source>95% CI lower</source>
        <translation>IC à 95&#xa0;%, borne inf.</translation>
    </message>
    <message>
        <source>95% CI upper</source>
        <translation>IC à 95&#xa0;%, borne sup.</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Statistique</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>%1 lower</source>
        <translation>%1, borne inf.</translation>
    </message>
    <message>
        <source>%1 upper</source>
        <translation>%1, borne sup.</translation>
    </message>
    <message>
        <source>Withheld by the site: fewer than %1 records, or a count from which a small one could be derived.</source>
        <translation>Masqué par le site&#xa0;: moins de %1 enregistrements, ou un effectif qui permettrait d&apos;en déduire un petit.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquantes</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>ET</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(manquant)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>% of cohort</source>
        <translation>% de la cohorte</translation>
    </message>
    <message>
        <source>Descriptives</source>
        <translation>Statistiques descriptives</translation>
    </message>
    <message>
        <source>Cohort size</source>
        <translation>Taille de la cohorte</translation>
    </message>
    <message>
        <source>Variables and tables</source>
        <translation>Variables et tableaux</translation>
    </message>
    <message>
        <source>Chart of the selected variable</source>
        <translation>Graphique de la variable sélectionnée</translation>
    </message>
    <message>
        <source>Table of the selected variable</source>
        <translation>Tableau de la variable sélectionnée</translation>
    </message>
    <message>
        <source>Dataset %1: %2 records in the cohort.</source>
        <translation>Jeu de données %1&#xa0;: %2 enregistrements dans la cohorte.</translation>
    </message>
    <message>
        <source>%1 (numeric)</source>
        <translation>%1 (numérique)</translation>
    </message>
    <message>
        <source>%1 (categories)</source>
        <translation>%1 (catégories)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder or file name and try again.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Choisissez un autre dossier ou un autre nom de fichier et réessayez.</translation>
    </message>
    <message>
        <source>The file name %1 does not end in .png, .svg or .pdf. Add one of these endings to choose the format.</source>
        <translation>Le nom de fichier %1 ne se termine pas par .png, .svg ou .pdf. Ajoutez l&apos;une de ces extensions pour choisir le format.</translation>
    </message>
    <message>
        <source>There is no chart to export. Open a result first.</source>
        <translation>Il n&apos;y a aucun graphique à exporter. Ouvrez d&apos;abord un résultat.</translation>
    </message>
    <message>
        <source>Fairstart chart</source>
        <translation>Graphique Fairstart</translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>le fichier n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>There is no table to export. Open a result first.</source>
        <translation>Il n&apos;y a aucun tableau à exporter. Ouvrez d&apos;abord un résultat.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Logistic regression</source>
        <translation>Régression logistique</translation>
    </message>
    <message>
        <source>Poisson regression</source>
        <translation>Régression de Poisson</translation>
    </message>
    <message>
        <source>Linear regression</source>
        <translation>Régression linéaire</translation>
    </message>
    <message>
        <source>Summary of the run</source>
        <translation>Résumé de l&apos;analyse</translation>
    </message>
    <message>
        <source>Export the chart of this page as PNG, SVG or PDF</source>
        <translation>Exporter le graphique de cette page en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Export the table of this page as CSV</source>
        <translation>Exporter le tableau de cette page en CSV</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)…</source>
        <translation>Exporter le &amp;rapport (PDF)…</translation>
    </message>
    <message>
        <source>Export the whole result as a PDF report</source>
        <translation>Exporter l&apos;ensemble du résultat sous forme de rapport PDF</translation>
    </message>
    <message>
        <source>Result pages</source>
        <translation>Pages de résultats</translation>
    </message>
    <message>
        <source>This run has no convergence trace.</source>
        <translation>Cette analyse n&apos;a pas de trace de convergence.</translation>
    </message>
    <message>
        <source>This run has no performance results. Evaluation runs only for logistic models and only when the sites allow it.</source>
        <translation>Cette analyse n&apos;a pas de résultats de performance. L&apos;évaluation n&apos;est faite que pour les modèles logistiques, et seulement si les sites l&apos;autorisent.</translation>
    </message>
    <message>
        <source>This run has no calibration results. Evaluation runs only for logistic models and only when the sites allow it.</source>
        <translation>Cette analyse n&apos;a pas de résultats de calibration. L&apos;évaluation n&apos;est faite que pour les modèles logistiques, et seulement si les sites l&apos;autorisent.</translation>
    </message>
    <message>
        <source>This run has no predicted-risk distribution: it needs the performance results of a logistic model.</source>
        <translation>Cette analyse n&apos;a pas de distribution du risque prédit&#xa0;: il faut pour cela les résultats de performance d&apos;un modèle logistique.</translation>
    </message>
    <message>
        <source>Coefficients</source>
        <translation>Coefficients</translation>
    </message>
    <message>
        <source>Convergence</source>
        <translation>Convergence</translation>
    </message>
    <message>
        <source>Coefficient table</source>
        <translation>Tableau des coefficients</translation>
    </message>
    <message>
        <source>Forest plot</source>
        <translation>Forest plot</translation>
    </message>
    <message>
        <source>%1: figures</source>
        <translation>%1&#xa0;: chiffres</translation>
    </message>
    <message>
        <source>Sites of the run</source>
        <translation>Sites de l&apos;analyse</translation>
    </message>
    <message>
        <source>Estimates per site</source>
        <translation>Estimations par site</translation>
    </message>
    <message>
        <source>&amp;Show per site:</source>
        <translation>&amp;Afficher par site&#xa0;:</translation>
    </message>
    <message>
        <source>Quantity shown per site</source>
        <translation>Grandeur affichée par site</translation>
    </message>
    <message>
        <source>Per-site chart</source>
        <translation>Graphique par site</translation>
    </message>
    <message>
        <source>Heterogeneity between sites</source>
        <translation>Hétérogénéité entre les sites</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of &lt;b&gt;%2&lt;/b&gt; on %3 records at %4 of %5 sites.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; de &lt;b&gt;%2&lt;/b&gt; sur %3 enregistrements dans %4 des %5 sites.</translation>
    </message>
    <message>
        <source>Deviance %1, AIC %2, %3 rounds.</source>
        <translation>Déviance %1, AIC %2, %3 itérations.</translation>
    </message>
    <message>
        <source>Design %1.</source>
        <translation>Conception %1.</translation>
    </message>
    <message>
        <source>Converged after %1 evaluated coefficient vectors.</source>
        <translation>Convergence atteinte après %1 vecteurs de coefficients évalués.</translation>
    </message>
    <message>
        <source>Null deviance %1 on %2 df; residual deviance %3 on %4 df.</source>
        <translation>Déviance nulle %1 pour %2 ddl&#xa0;; déviance résiduelle %3 pour %4 ddl.</translation>
    </message>
    <message>
        <source>Average precision %1.</source>
        <translation>Précision moyenne %1.</translation>
    </message>
    <message>
        <source>At risk ≥ %1: sensitivity %2, specificity %3, PPV %4, NPV %5.</source>
        <translation>Risque ≥ %1&#xa0;: sensibilité %2, spécificité %3, VPP %4, VPN %5.</translation>
    </message>
    <message>
        <source>Brier score %1 (scaled %2).</source>
        <translation>Score de Brier %1 (normalisé %2).</translation>
    </message>
    <message>
        <source>Calibration intercept and slope were not computed in this run.</source>
        <translation>La constante et la pente de calibration n&apos;ont pas été calculées dans cette analyse.</translation>
    </message>
    <message>
        <source>Calibration-in-the-large %1, observed/expected %2, E-avg %3, E-max %4.</source>
        <translation>Calibration globale %1, observé/attendu %2, E-avg %3, E-max %4.</translation>
    </message>
    <message>
        <source>Share of the records with and without the outcome in each band of predicted risk, derived from the ROC curve the sites released (no record-level data).</source>
        <translation>Part des enregistrements avec et sans le résultat dans chaque tranche de risque prédit, déduite de la courbe ROC publiée par les sites (aucune donnée individuelle).</translation>
    </message>
    <message>
        <source>Coefficient: %1</source>
        <translation>Coefficient&#xa0;: %1</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>AUC between sites: Cochran&apos;s Q = %1 on %2 df (p = %3), I² = %4.</source>
        <translation>AUC entre les sites&#xa0;: Q de Cochran = %1 pour %2 ddl (p = %3), I² = %4.</translation>
    </message>
    <message>
        <source>Heterogeneity needs the AUC of at least two sites; fewer released it.</source>
        <translation>L&apos;hétérogénéité nécessite l&apos;AUC d&apos;au moins deux sites&#xa0;; moins de deux sites l&apos;ont publiée.</translation>
    </message>
    <message>
        <source>Federated fit</source>
        <translation>Ajustement fédéré</translation>
    </message>
    <message>
        <source>%1 between sites: Cochran&apos;s Q = %2 on %3 df (p = %4), I² = %5, τ² = %6. Inverse-variance pooled estimate %7 (SE %8).</source>
        <translation>%1 entre les sites&#xa0;: Q de Cochran = %2 pour %3 ddl (p = %4), I² = %5, τ² = %6. Estimation regroupée par inverse de la variance %7 (ES %8).</translation>
    </message>
    <message>
        <source>Heterogeneity needs the estimate of at least two sites.</source>
        <translation>L&apos;hétérogénéité nécessite l&apos;estimation d&apos;au moins deux sites.</translation>
    </message>
    <message>
        <source>%1 per site</source>
        <translation>%1 par site</translation>
    </message>
    <message>
        <source>This page has no chart to export.</source>
        <translation>Cette page n&apos;a aucun graphique à exporter.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>took part</source>
        <translation>a participé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>exclu</translation>
    </message>
    <message>
        <source>Node version</source>
        <translation>Version du nœud</translation>
    </message>
    <message>
        <source>Engine version</source>
        <translation>Version du moteur</translation>
    </message>
    <message>
        <source>Records used</source>
        <translation>Enregistrements utilisés</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>non estimé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2 df</source>
        <translation>%1 pour %2 ddl</translation>
    </message>
    <message>
        <source>Pooled (SE)</source>
        <translation>Regroupé (ES)</translation>
    </message>
    <message>
        <source>Cochran&apos;s Q</source>
        <translation>Q de Cochran</translation>
    </message>
    <message>
        <source>p (heterogeneity)</source>
        <translation>p (hétérogénéité)</translation>
    </message>
    <message>
        <source>I²</source>
        <translation>I²</translation>
    </message>
    <message>
        <source>This is not a published Fairstart model (or it comes from a newer version). Open a model published with this version of Fairstart.</source>
        <translation>Ce n&apos;est pas un modèle Fairstart publié (ou il provient d&apos;une version plus récente). Ouvrez un modèle publié avec cette version de Fairstart.</translation>
    </message>
    <message>
        <source>The published model is damaged (%1). Ask the analyst who published it for a new copy.</source>
        <translation>Le modèle publié est endommagé (%1). Demandez-en une nouvelle copie à l&apos;analyste qui l&apos;a publié.</translation>
    </message>
    <message>
        <source>Model of %1</source>
        <translation>Modèle de %1</translation>
    </message>
    <message>
        <source>%1 — reviewer mode</source>
        <translation>%1 — mode consultation</translation>
    </message>
    <message>
        <source>Reviewer mode</source>
        <translation>Mode consultation</translation>
    </message>
    <message>
        <source>Model title</source>
        <translation>Titre du modèle</translation>
    </message>
    <message>
        <source>Read-only. The calculator works on this computer only: nothing you type is sent anywhere or stored unless you save it.</source>
        <translation>Lecture seule. Le calculateur fonctionne uniquement sur cet ordinateur&#xa0;: rien de ce que vous saisissez n&apos;est envoyé ni conservé, sauf si vous l&apos;enregistrez.</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Protection des données</translation>
    </message>
    <message>
        <source>Reviewer pages</source>
        <translation>Pages du mode consultation</translation>
    </message>
    <message>
        <source>Risk &amp;calculator</source>
        <translation>&amp;Calculateur de risque</translation>
    </message>
    <message>
        <source>&amp;About the model</source>
        <translation>À &amp;propos du modèle</translation>
    </message>
    <message>
        <source>&amp;Reset values</source>
        <translation>&amp;Réinitialiser les valeurs</translation>
    </message>
    <message>
        <source>Reset all values to the typical values</source>
        <translation>Remettre toutes les valeurs à leurs valeurs typiques</translation>
    </message>
    <message>
        <source>&amp;Save calculation…</source>
        <translation>&amp;Enregistrer le calcul…</translation>
    </message>
    <message>
        <source>Save this calculation to a file</source>
        <translation>Enregistrer ce calcul dans un fichier</translation>
    </message>
    <message>
        <source>&amp;Parent information sheet…</source>
        <translation>&amp;Fiche d&apos;information pour les parents…</translation>
    </message>
    <message>
        <source>Save the information sheet for parents as PDF</source>
        <translation>Enregistrer la fiche d&apos;information pour les parents au format PDF</translation>
    </message>
    <message>
        <source>What it predicts</source>
        <translation>Ce que le modèle prédit</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Pour qui</translation>
    </message>
    <message numerus="yes">
        <source>The children in the data of the %n participating organisation(s).</source>
        <translation>
            <numerusform>Les enfants figurant dans les données de %n organisation participante.</numerusform>
            <numerusform>Les enfants figurant dans les données des %n organisations participantes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Built from %1 children at %n organisation(s) without their records leaving those organisations.</source>
        <translation>
            <numerusform>Construit à partir de %1 enfants dans %n organisation, sans que leurs enregistrements quittent cette organisation.</numerusform>
            <numerusform>Construit à partir de %1 enfants dans %n organisations, sans que leurs enregistrements quittent ces organisations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Description of the model</source>
        <translation>Description du modèle</translation>
    </message>
    <message>
        <source>How well it works</source>
        <translation>Qualité du modèle</translation>
    </message>
    <message>
        <source>Performance in plain words</source>
        <translation>La performance en termes simples</translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation>Courbe ROC</translation>
    </message>
    <message>
        <source>Calibration plot</source>
        <translation>Graphique de calibration</translation>
    </message>
    <message>
        <source>The sites released no performance figures for this model.</source>
        <translation>Les sites n&apos;ont publié aucun chiffre de performance pour ce modèle.</translation>
    </message>
    <message>
        <source>Its high and low risks are somewhat too extreme (calibration slope %1).</source>
        <translation>Ses risques élevés et faibles sont un peu trop extrêmes (pente de calibration %1).</translation>
    </message>
    <message>
        <source>Its high and low risks are somewhat too cautious (calibration slope %1).</source>
        <translation>Ses risques élevés et faibles sont un peu trop prudents (pente de calibration %1).</translation>
    </message>
    <message>
        <source>Its high and low risks match what was observed (calibration slope %1).</source>
        <translation>Ses risques élevés et faibles correspondent à ce qui a été observé (pente de calibration %1).</translation>
    </message>
    <message>
        <source>These figures come from the same children the model was built on, so in new children it may do slightly worse.</source>
        <translation>Ces chiffres proviennent des enfants sur lesquels le modèle a été construit&#xa0;; chez de nouveaux enfants, il peut donc être un peu moins performant.</translation>
    </message>
    <message>
        <source>The child&apos;s values</source>
        <translation>Les valeurs de l&apos;enfant</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
    <message>
        <source>What raises or lowers the risk</source>
        <translation>Ce qui augmente ou diminue le risque</translation>
    </message>
    <message>
        <source>This is an estimate for children with the same values, not a diagnosis. Use it together with your own judgement and what the family tells you.</source>
        <translation>Il s&apos;agit d&apos;une estimation pour les enfants ayant les mêmes valeurs, pas d&apos;un diagnostic. Utilisez-la avec votre propre jugement et ce que la famille vous dit.</translation>
    </message>
    <message>
        <source>Expected rate: %1 (95% interval %2 to %3).</source>
        <translation>Taux attendu&#xa0;: %1 (intervalle à 95&#xa0;% de %2 à %3).</translation>
    </message>
    <message>
        <source>Expected value: %1 (95% interval of the mean %2 to %3).</source>
        <translation>Valeur attendue&#xa0;: %1 (intervalle à 95&#xa0;% de la moyenne de %2 à %3).</translation>
    </message>
    <message>
        <source>%1 = %2 raises it (with %3 it would be %4).</source>
        <translation>%1 = %2 augmente l&apos;estimation (avec %3, on obtiendrait %4).</translation>
    </message>
    <message>
        <source>%1 = %2 lowers it (with %3 it would be %4).</source>
        <translation>%1 = %2 diminue l&apos;estimation (avec %3, on obtiendrait %4).</translation>
    </message>
    <message>
        <source>All values are at their typical or reference value, so no factor raises or lowers the estimate.</source>
        <translation>Toutes les valeurs sont à leur valeur typique ou de référence&#xa0;: aucun facteur n&apos;augmente ni ne diminue l&apos;estimation.</translation>
    </message>
    <message>
        <source>What moves the estimate most, compared with a typical value:</source>
        <translation>Ce qui fait le plus varier l&apos;estimation, par rapport à une valeur typique&#xa0;:</translation>
    </message>
    <message>
        <source>Save calculation</source>
        <translation>Enregistrer le calcul</translation>
    </message>
    <message>
        <source>There is no result to save: correct the values first.</source>
        <translation>Il n&apos;y a aucun résultat à enregistrer&#xa0;: corrigez d&apos;abord les valeurs.</translation>
    </message>
    <message>
        <source>Text file (*.txt)</source>
        <translation>Fichier texte (*.txt)</translation>
    </message>
    <message>
        <source>Model design %1</source>
        <translation>Conception du modèle %1</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Échec de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Could not save the calculation: %1. Choose another folder and try again.</source>
        <translation>Impossible d&apos;enregistrer le calcul&#xa0;: %1. Choisissez un autre dossier et réessayez.</translation>
    </message>
    <message>
        <source>Save parent information sheet</source>
        <translation>Enregistrer la fiche d&apos;information pour les parents</translation>
    </message>
    <message>
        <source>This model cannot be used for calculations: its coefficients do not match its design. Ask the analyst who published it for a new copy.</source>
        <translation>Ce modèle ne peut pas servir aux calculs&#xa0;: ses coefficients ne correspondent pas à sa conception. Demandez-en une nouvelle copie à l&apos;analyste qui l&apos;a publié.</translation>
    </message>
    <message>
        <source>This model cannot be used for calculations: the levels of %1 are missing. Ask the analyst for a new copy.</source>
        <translation>Ce modèle ne peut pas servir aux calculs&#xa0;: les niveaux de %1 sont manquants. Demandez-en une nouvelle copie à l&apos;analyste.</translation>
    </message>
    <message>
        <source>Enter a value for %1.</source>
        <translation>Saisissez une valeur pour %1.</translation>
    </message>
    <message>
        <source>Choose one of the listed values for %1.</source>
        <translation>Choisissez l&apos;une des valeurs proposées pour %1.</translation>
    </message>
    <message>
        <source>Enter a number for %1.</source>
        <translation>Saisissez un nombre pour %1.</translation>
    </message>
    <message>
        <source>%1 must lie between %2 and %3; enter a value in that range.</source>
        <translation>%1 doit être compris entre %2 et %3&#xa0;; saisissez une valeur dans cet intervalle.</translation>
    </message>
    <message>
        <source>The values could not be turned into the model&apos;s terms.</source>
        <translation>Les valeurs n&apos;ont pas pu être converties en termes du modèle.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Exclu</translation>
    </message>
    <message>
        <source>Run on sites</source>
        <translation>Exécuter sur les sites</translation>
    </message>
    <message>
        <source>Sites to run on</source>
        <translation>Sites où exécuter l&apos;analyse</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Each site checks the purpose against your token and its consent records, and checks every number against its disclosure rules before releasing it.</source>
        <translation>Chaque site vérifie la finalité au regard de votre jeton et de ses enregistrements de consentement, et soumet chaque chiffre à ses règles de contrôle de divulgation avant de le publier.</translation>
    </message>
    <message>
        <source>&amp;Sites:</source>
        <translation>&amp;Sites&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Finalité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Jeu de données&#xa0;:</translation>
    </message>
    <message>
        <source>Progress per site</source>
        <translation>Progression par site</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>&amp;Stop run</source>
        <translation>&amp;Arrêter l&apos;analyse</translation>
    </message>
    <message>
        <source>Choose at least one site and a purpose.</source>
        <translation>Choisissez au moins un site et une finalité.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Étape en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Round %1 done: deviance %2 (%3 ms)</source>
        <translation>Itération %1 terminée&#xa0;: déviance %2 (%3 ms)</translation>
    </message>
    <message numerus="yes">
        <source>Finished: the model converged in %n round(s).</source>
        <translation>
            <numerusform>Terminé&#xa0;: le modèle a convergé en %n itération.</numerusform>
            <numerusform>Terminé&#xa0;: le modèle a convergé en %n itérations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>%1 refused the request; nothing was computed there. See its row for the rule.</source>
        <translation>%1 a refusé la requête&#xa0;; rien n&apos;y a été calculé. Consultez sa ligne pour voir la règle.</translation>
    </message>
    <message>
        <source>The run was stopped. Open jobs at the sites were cancelled.</source>
        <translation>L&apos;analyse a été arrêtée. Les tâches en cours sur les sites ont été annulées.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>cohort ≥ %1, cells ≥ %2, %3 events per parameter, ≤ %4 rounds</source>
        <translation>cohorte ≥ %1, cellules ≥ %2, %3 événements par paramètre, ≤ %4 itérations</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique du site</translation>
    </message>
    <message>
        <source>Fairstart Workbench: design risk models and run them where the data are.</source>
        <translation>Fairstart Workbench&#xa0;: concevez des modèles de risque et exécutez-les là où se trouvent les données.</translation>
    </message>
    <message>
        <source>Open the sites of a sites file (as written by make demo).</source>
        <translation>Ouvrir les sites d&apos;un fichier de sites (tel que créé par make demo).</translation>
    </message>
    <message>
        <source>Write a picture of the window to a PNG file after a few seconds, then quit (for documentation).</source>
        <translation>Enregistrer une image de la fenêtre dans un fichier PNG après quelques secondes, puis quitter (pour la documentation).</translation>
    </message>
    <message>
        <source>Start the design from an R-style formula (logistic model).</source>
        <translation>Commencer la conception à partir d&apos;une formule de type R (modèle logistique).</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <source>Left out %1: a risk threshold is a number between 0 and 1, such as %2.</source>
        <translation>%1 ignoré&#xa0;: un seuil de risque est un nombre entre 0 et 1, par exemple %2.</translation>
    </message>
    <message>
        <source>Fairstart has no &apos;%1&apos; translation, so the sheet in that language was not written. Choose one of: %2.</source>
        <translation>Fairstart n&apos;a pas de traduction &apos;%1&apos;&#xa0;: la fiche dans cette langue n&apos;a donc pas été créée. Choisissez parmi&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&amp;Open Results of Run</source>
        <translation>&amp;Ouvrir les résultats de l&apos;analyse</translation>
    </message>
    <message>
        <source>&amp;Publish Model…</source>
        <translation>&amp;Publier le modèle…</translation>
    </message>
    <message>
        <source>Store the model in the Results panel in the workspace, read-only, for reviewer mode and the parent sheet.</source>
        <translation>Enregistre le modèle du panneau Résultats dans l&apos;espace de travail, en lecture seule, pour le mode consultation et la fiche d&apos;information pour les parents.</translation>
    </message>
    <message>
        <source>Open Published Model in &amp;Reviewer Mode…</source>
        <translation>Ouvrir un modèle publié en mode &amp;consultation…</translation>
    </message>
    <message>
        <source>Open results</source>
        <translation>Ouvrir les résultats</translation>
    </message>
    <message>
        <source>Open the workspace first.</source>
        <translation>Ouvrez d&apos;abord l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>This run has no stored result: it did not finish (see the Sites column for what each site answered). Run the design again.</source>
        <translation>Cette analyse n&apos;a pas de résultat enregistré&#xa0;: elle ne s&apos;est pas terminée (la colonne Sites indique la réponse de chaque site). Exécutez à nouveau la conception.</translation>
    </message>
    <message>
        <source>The stored result of this run cannot be read (%1). Run the design again to get a new result.</source>
        <translation>Le résultat enregistré de cette analyse est illisible (%1). Exécutez à nouveau la conception pour obtenir un nouveau résultat.</translation>
    </message>
    <message>
        <source>Showing the results of the run of %1.</source>
        <translation>Résultats de l&apos;analyse du %1.</translation>
    </message>
    <message>
        <source>Open the workspace first: published models are stored in it.</source>
        <translation>Ouvrez d&apos;abord l&apos;espace de travail&#xa0;: les modèles publiés y sont enregistrés.</translation>
    </message>
    <message>
        <source>Open the results of a finished run first (double-click it under Runs).</source>
        <translation>Ouvrez d&apos;abord les résultats d&apos;une analyse terminée (double-cliquez dessus sous Analyses).</translation>
    </message>
    <message>
        <source>Publish model</source>
        <translation>Publier le modèle</translation>
    </message>
    <message>
        <source>Published &apos;%1&apos;. Open it with File ▸ Open Published Model in Reviewer Mode.</source>
        <translation>&apos;%1&apos; est publié. Ouvrez-le avec Fichier ▸ Ouvrir un modèle publié en mode consultation.</translation>
    </message>
    <message>
        <source>There is no published model %1 in this workspace.</source>
        <translation>Cet espace de travail ne contient pas de modèle publié %1.</translation>
    </message>
    <message>
        <source>This workspace has no published models yet. Open the results of a run and choose Design ▸ Publish Model.</source>
        <translation>Cet espace de travail ne contient encore aucun modèle publié. Ouvrez les résultats d&apos;une analyse et choisissez Conception ▸ Publier le modèle.</translation>
    </message>
    <message>
        <source>%1 (published %2)</source>
        <translation>%1 (publié le %2)</translation>
    </message>
    <message>
        <source>Published &amp;model:</source>
        <translation>&amp;Modèle publié&#xa0;:</translation>
    </message>
    <message>
        <source>Risk of %1</source>
        <translation>Risque de %1</translation>
    </message>
    <message>
        <source>Expected %1</source>
        <translation>%1 attendu</translation>
    </message>
    <message>
        <source>The chance of %1.</source>
        <translation>La probabilité de %1.</translation>
    </message>
    <message>
        <source>The expected %1.</source>
        <translation>La valeur attendue de %1.</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>un titre</translation>
    </message>
    <message>
        <source>what the model predicts</source>
        <translation>ce que le modèle prédit</translation>
    </message>
    <message>
        <source>Fill in %1: professionals and parents read it.</source>
        <translation>Renseignez %1&#xa0;: les professionnels et les parents le liront.</translation>
    </message>
    <message>
        <source>A published model can no longer be changed. Professionals open it in reviewer mode and use its risk calculator; parents get an information sheet with these words.</source>
        <translation>Un modèle publié ne peut plus être modifié. Les professionnels l&apos;ouvrent en mode consultation et utilisent son calculateur de risque&#xa0;; les parents reçoivent une fiche d&apos;information avec ces mots.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>e.g. children born in the participating hospitals, 2015–2020</source>
        <translation>p. ex. enfants nés dans les hôpitaux participants, 2015–2020</translation>
    </message>
    <message>
        <source>Which information it uses</source>
        <translation>Les informations utilisées</translation>
    </message>
    <message>
        <source>Whom to ask</source>
        <translation>À qui s&apos;adresser</translation>
    </message>
    <message>
        <source>e.g. your youth health nurse</source>
        <translation>p. ex. votre infirmier ou infirmière scolaire</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>What it &amp;predicts:</source>
        <translation>Ce qu&apos;il &amp;prédit&#xa0;:</translation>
    </message>
    <message>
        <source>For &amp;whom:</source>
        <translation>Pour &amp;qui&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Information used:</source>
        <translation>&amp;Informations utilisées&#xa0;:</translation>
    </message>
    <message>
        <source>Whom to &amp;ask:</source>
        <translation>À qui s&apos;a&amp;dresser&#xa0;:</translation>
    </message>
    <message>
        <source>from, typical and to for %1 (the calculator starts at the typical value and accepts values from … to)</source>
        <translation>de, typique et à pour %1 (le calculateur part de la valeur typique et accepte les valeurs de … à)</translation>
    </message>
    <message>
        <source>a typical value between from and to for %1</source>
        <translation>une valeur typique comprise entre de et à pour %1</translation>
    </message>
    <message>
        <source>Calculator fields</source>
        <translation>Champs du calculateur</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Typical</source>
        <translation>Typique</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Calculator &amp;fields:</source>
        <translation>&amp;Champs du calculateur&#xa0;:</translation>
    </message>
    <message>
        <source>%1, % yes</source>
        <translation>%1, %&#xa0;oui</translation>
    </message>
    <message>
        <source>%1, mean (SD)</source>
        <translation>%1, moyenne (ET)</translation>
    </message>
    <message>
        <source>not described</source>
        <translation>non décrit</translation>
    </message>
    <message>
        <source>%1, n (%)</source>
        <translation>%1, n (%)</translation>
    </message>
    <message>
        <source>%1, yes, n (%)</source>
        <translation>%1, oui, n (%)</translation>
    </message>
    <message>
        <source>withheld at %1</source>
        <translation>masqué sur le site %1</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Caractéristique</translation>
    </message>
    <message>
        <source>Table 1: the cohort by site</source>
        <translation>Tableau 1&#xa0;: la cohorte par site</translation>
    </message>
    <message>
        <source>Table 1</source>
        <translation>Tableau 1</translation>
    </message>
    <message>
        <source>Descriptives by site and pooled</source>
        <translation>Statistiques descriptives par site et regroupées</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>&amp;Copier le tableau</translation>
    </message>
    <message>
        <source>Copies the table as HTML (for a word processor) and CSV text.</source>
        <translation>Copie le tableau en HTML (pour un traitement de texte) et en texte CSV.</translation>
    </message>
    <message>
        <source>&amp;Export table…</source>
        <translation>&amp;Exporter le tableau…</translation>
    </message>
    <message>
        <source>Counts below a site&apos;s threshold are withheld (&quot;&lt; n&quot;) and are not added into the pooled column.</source>
        <translation>Les effectifs sous le seuil d&apos;un site sont masqués (« &lt; n ») et ne sont pas ajoutés à la colonne regroupée.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a yes/no variable at %2 (1 for yes, 0 for no): use it as is; the model then estimates the effect of yes against no.</source>
        <translation>&apos;%1&apos; est une variable oui/non sur le site %2 (1 pour oui, 0 pour non)&#xa0;: utilisez-la telle quelle&#xa0;; le modèle estime alors l&apos;effet de oui par rapport à non.</translation>
    </message>
    <message>
        <source>The outcome &apos;%1&apos; is a number at %2, but a logistic model needs a yes/no outcome: choose a yes/no variable, set &quot;yes when above&quot; on the outcome, or choose a Poisson or linear model.</source>
        <translation>La variable de résultat &apos;%1&apos; est un nombre sur le site %2, mais un modèle logistique demande une variable de résultat oui/non&#xa0;: choisissez une variable oui/non, réglez « oui si au-dessus » sur la variable de résultat, ou choisissez un modèle de Poisson ou linéaire.</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <source>&amp;Table 1: Cohort by Site…</source>
        <translation>&amp;Tableau 1&#xa0;: cohorte par site…</translation>
    </message>
    <message>
        <source>Describe the design&apos;s variables at every site and pooled (released aggregates only).</source>
        <translation>Décrit les variables de la conception par site et regroupées (agrégats publiés uniquement).</translation>
    </message>
    <message>
        <source>Policymaker &amp;Dashboard…</source>
        <translation>Tableau de &amp;bord des décideurs…</translation>
    </message>
    <message>
        <source>Indicators per site from the released counts, with suppressed counts shown as such.</source>
        <translation>Indicateurs par site à partir des effectifs publiés&#xa0;; les effectifs masqués sont affichés comme tels.</translation>
    </message>
    <message>
        <source>&amp;Analyses</source>
        <translation>S&amp;tatistiques</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>The model was fitted and is shown; its evaluation failed: %1</source>
        <translation>Le modèle a été ajusté et est affiché&#xa0;; son évaluation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The run finished; the results are shown and stored in the workspace.</source>
        <translation>L&apos;analyse est terminée&#xa0;; les résultats sont affichés et enregistrés dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The run finished; the results are shown.</source>
        <translation>L&apos;analyse est terminée&#xa0;; les résultats sont affichés.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>No site is online. Add sites (Sites ▸ Add Site) and check them (F5); the descriptives come from the sites that answer.</source>
        <translation>Aucun site n&apos;est en ligne. Ajoutez des sites (Sites ▸ Ajouter un site) et vérifiez-les (F5)&#xa0;; les statistiques descriptives viennent des sites qui répondent.</translation>
    </message>
    <message>
        <source>The sites list no purpose or dataset for your tokens: ask the site administrators which purposes your tokens allow.</source>
        <translation>Les sites n&apos;indiquent aucune finalité ni aucun jeu de données pour vos jetons&#xa0;: demandez aux administrateurs des sites quelles finalités vos jetons permettent.</translation>
    </message>
    <message>
        <source>The sites&apos; catalogues have no categorical variable to make an indicator of.</source>
        <translation>Les catalogues des sites ne contiennent aucune variable catégorielle dont faire un indicateur.</translation>
    </message>
    <message>
        <source>None of the design&apos;s variables is in the sites&apos; catalogues. Check the sites (F5) and choose catalogue variables.</source>
        <translation>Aucune variable de la conception ne figure dans les catalogues des sites. Vérifiez les sites (F5) et choisissez des variables du catalogue.</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n site(s) for descriptives…</source>
        <translation>
            <numerusform>Demande de statistiques descriptives à %n site…</numerusform>
            <numerusform>Demande de statistiques descriptives à %n sites…</numerusform>
        </translation>
    </message>
    <message>
        <source>No site released descriptives. %1</source>
        <translation>Aucun site n&apos;a publié de statistiques descriptives. %1</translation>
    </message>
    <message>
        <source>Dashboard — purpose %1</source>
        <translation>Tableau de bord — finalité %1</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non communiqué</translation>
    </message>
    <message>
        <source>The sites reported no missing values.</source>
        <translation>Les sites n&apos;ont signalé aucune valeur manquante.</translation>
    </message>
    <message>
        <source>%1 [95% CI]</source>
        <translation>%1 [IC à 95&#xa0;%]</translation>
    </message>
    <message>
        <source>1 (reference)</source>
        <translation>1 (référence)</translation>
    </message>
    <message>
        <source>0 (reference)</source>
        <translation>0 (référence)</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Le PDF n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation>Impossible d&apos;écrire le rapport dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 [%2%3%4]</source>
        <translation>%1 [%2%3%4]</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>Estimate [95% CI]</source>
        <translation>Estimation [IC à 95&#xa0;%]</translation>
    </message>
    <message>
        <source>OR</source>
        <translation>RC</translation>
    </message>
    <message>
        <source>RR</source>
        <translation>RR</translation>
    </message>
    <message>
        <source>Reference level: the other levels are compared with it.</source>
        <translation>Modalité de référence&#xa0;: les autres modalités lui sont comparées.</translation>
    </message>
    <message>
        <source>Design column %1</source>
        <translation>Colonne de conception %1</translation>
    </message>
    <message>
        <source>Results document</source>
        <translation>Document des résultats</translation>
    </message>
    <message>
        <source>&amp;Copy Table (HTML and CSV)</source>
        <translation>&amp;Copier le tableau (HTML et CSV)</translation>
    </message>
    <message>
        <source>&amp;Export Table as CSV…</source>
        <translation>&amp;Exporter le tableau en CSV…</translation>
    </message>
    <message>
        <source>Study and signatures</source>
        <translation>Étude et signatures</translation>
    </message>
    <message>
        <source>Signatures per site</source>
        <translation>Signatures par site</translation>
    </message>
    <message>
        <source>Masked aggregation (the client saw only the sums of all sites)</source>
        <translation>Agrégation par masquage (le client n&apos;a vu que les sommes de tous les sites)</translation>
    </message>
    <message>
        <source>Plain aggregation (each site&apos;s statistics were visible to the client)</source>
        <translation>Agrégation simple (les statistiques de chaque site étaient visibles pour le client)</translation>
    </message>
    <message>
        <source>Aggregation &quot;%1&quot;</source>
        <translation>Agrégation « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%1 by %n site(s): %2.</source>
        <translation>
            <numerusform>%1 par %n site&#xa0;: %2.</numerusform>
            <numerusform>%1 par %n sites&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Observed (not contributing): %1.</source>
        <translation>Observateurs (sans contribution)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Every site signed this result: each signed the study manifest and the final coefficients, and every signature verified against the site&apos;s pinned key.</source>
        <translation>Chaque site a signé ce résultat&#xa0;: chacun a signé le manifeste de l&apos;étude et les coefficients finaux, et chaque signature a été vérifiée avec la clé épinglée du site.</translation>
    </message>
    <message>
        <source>%1: no signature check recorded</source>
        <translation>%1&#xa0;: aucune vérification de signature enregistrée</translation>
    </message>
    <message>
        <source>the manifest signature did not verify</source>
        <translation>la signature du manifeste n&apos;a pas été vérifiée</translation>
    </message>
    <message>
        <source>the final coefficients were not attested</source>
        <translation>les coefficients finaux n&apos;ont pas été attestés</translation>
    </message>
    <message>
        <source>Not every site&apos;s signature verified — %1. Do not rely on this result before the sites&apos; administrators have looked at it.</source>
        <translation>La signature de chaque site n&apos;a pas été vérifiée — %1. Ne vous fiez pas à ce résultat avant que les administrateurs des sites l&apos;aient examiné.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NON vérifiée</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>observateur</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Signed manifest</source>
        <translation>Manifeste signé</translation>
    </message>
    <message>
        <source>Signed final coefficients</source>
        <translation>Coefficients finaux signés</translation>
    </message>
    <message>
        <source>%1 (log)</source>
        <translation>%1 (log)</translation>
    </message>
    <message>
        <source>%1 (per SD)</source>
        <translation>%1 (par ET)</translation>
    </message>
    <message>
        <source>%1 (winsorised)</source>
        <translation>%1 (winsorisé)</translation>
    </message>
    <message>
        <source>%1 (spline term %2)</source>
        <translation>%1 (terme de spline %2)</translation>
    </message>
    <message>
        <source>Intercept</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>%1: %2 (reference)</source>
        <translation>%1&#xa0;: %2 (référence)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>fitting the model</source>
        <translation>ajustement du modèle</translation>
    </message>
    <message>
        <source>calibration slope</source>
        <translation>pente de calibration</translation>
    </message>
    <message>
        <source>calibration intercept</source>
        <translation>constante de calibration</translation>
    </message>
    <message>
        <source>fitting the model at each site alone</source>
        <translation>ajustement du modèle sur chaque site séparément</translation>
    </message>
    <message>
        <source>%1, round %2</source>
        <translation>%1, tour %2</translation>
    </message>
    <message>
        <source>%1: opening the jobs</source>
        <translation>%1&#xa0;: ouverture des tâches</translation>
    </message>
    <message>
        <source>%1: final coefficients</source>
        <translation>%1&#xa0;: coefficients finaux</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>asking the sites who they are</source>
        <translation>identification des sites</translation>
    </message>
    <message>
        <source>reading the catalogues</source>
        <translation>lecture des catalogues</translation>
    </message>
    <message>
        <source>reading the cohort&apos;s descriptives</source>
        <translation>lecture des statistiques descriptives de la cohorte</translation>
    </message>
    <message>
        <source>resolving the design</source>
        <translation>résolution de la conception</translation>
    </message>
    <message>
        <source>evaluating the model</source>
        <translation>évaluation du modèle</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Left out after a failure: %1</source>
        <translation>Écarté après un échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not part of the finished run.</source>
        <translation>Ne fait pas partie de l&apos;analyse terminée.</translation>
    </message>
    <message>
        <source>Stopped: the run was cancelled.</source>
        <translation>Arrêtée&#xa0;: l&apos;analyse a été annulée.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped because %1 failed.</source>
        <translation>Arrêtée car %1 a échoué.</translation>
    </message>
    <message>
        <source>The model was fitted; the evaluation stopped: %1</source>
        <translation>Le modèle a été ajusté&#xa0;; l&apos;évaluation s&apos;est arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>This node is already in the list as &quot;%1&quot; (same address and pin). A node added twice would count its records twice: use the existing entry.</source>
        <translation>Ce nœud figure déjà dans la liste sous le nom « %1 » (même adresse et même empreinte). Un nœud ajouté deux fois compterait ses enregistrements deux fois&#xa0;: utilisez l&apos;entrée existante.</translation>
    </message>
    <message>
        <source>A site called &quot;%1&quot; is already in the list. Choose another name.</source>
        <translation>Un site nommé « %1 » figure déjà dans la liste. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>fairstart: there is no display to open the workbench on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from a desktop session, or use fairstart-cli in a terminal. &apos;fairstart --help&apos; lists the options.</source>
        <translation>fairstart&#xa0;: aucun écran sur lequel ouvrir l&apos;atelier (ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini). Lancez-le depuis une session de bureau, ou utilisez fairstart-cli dans un terminal. &apos;fairstart --help&apos; en liste les options.</translation>
    </message>
    <message>
        <source>Funnel plot: rate against size</source>
        <translation>Graphique en entonnoir&#xa0;: taux en fonction de la taille</translation>
    </message>
    <message>
        <source>Per area</source>
        <translation>Par zone</translation>
    </message>
    <message>
        <source>Funnel plot</source>
        <translation>Graphique en entonnoir</translation>
    </message>
    <message>
        <source>%1 = %2 against the size of the area</source>
        <translation>%1 = %2 en fonction de la taille de la zone</translation>
    </message>
    <message>
        <source>The funnel plot and its pooled rate leave out %1: their counts are withheld.</source>
        <translation>Le graphique en entonnoir et son taux combiné excluent %1&#xa0;: leurs effectifs ne sont pas publiés.</translation>
    </message>
    <message>
        <source>Records (size of the area)</source>
        <translation>Enregistrements (taille de la zone)</translation>
    </message>
    <message>
        <source>Pooled rate %1</source>
        <translation>Taux combiné %1</translation>
    </message>
    <message>
        <source>95% limits</source>
        <translation>Limites à 95&#xa0;%</translation>
    </message>
    <message>
        <source>99.8% limits</source>
        <translation>Limites à 99,8&#xa0;%</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>The interaction was added but not fully connected: %1</source>
        <translation>L&apos;interaction a été ajoutée mais pas entièrement reliée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Accept Changed &amp;Keys…</source>
        <translation>Accepter les &amp;clés modifiées…</translation>
    </message>
    <message>
        <source>&amp;Compare Runs</source>
        <translation>C&amp;omparer les analyses</translation>
    </message>
    <message>
        <source>Show the two selected runs side by side.</source>
        <translation>Afficher côte à côte les deux analyses sélectionnées.</translation>
    </message>
    <message>
        <source>&amp;Validate Across Sites (Leave One Out)…</source>
        <translation>&amp;Valider sur les sites (en excluant un site à la fois)…</translation>
    </message>
    <message>
        <source>Fit the design on all sites but one and evaluate it at the one left out, for every site; pooled per measure.</source>
        <translation>Ajuster la conception sur tous les sites sauf un et l&apos;évaluer sur le site exclu, pour chaque site&#xa0;; combiné par mesure.</translation>
    </message>
    <message>
        <source>Accept changed keys…</source>
        <translation>Accepter les clés modifiées…</translation>
    </message>
    <message>
        <source>Select two runs to compare (Ctrl+click the second).</source>
        <translation>Sélectionnez deux analyses à comparer (Ctrl+clic sur la seconde).</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Comparer les analyses</translation>
    </message>
    <message>
        <source>Close workspace</source>
        <translation>Fermer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>The run of %1 has no stored result: it did not finish. Compare finished runs.</source>
        <translation>L&apos;analyse du %1 n&apos;a aucun résultat enregistré&#xa0;: elle ne s&apos;est pas terminée. Comparez des analyses terminées.</translation>
    </message>
    <message>
        <source>The stored result of a run cannot be read (%1).</source>
        <translation>Le résultat enregistré d&apos;une analyse ne peut pas être lu (%1).</translation>
    </message>
    <message>
        <source>Run of %1</source>
        <translation>Analyse du %1</translation>
    </message>
    <message>
        <source>Close Fairstart</source>
        <translation>Fermer Fairstart</translation>
    </message>
    <message>
        <source>Close anyway and lose the unsaved changes?</source>
        <translation>Fermer quand même et perdre les modifications non enregistrées&#xa0;?</translation>
    </message>
    <message>
        <source>Validate across sites</source>
        <translation>Valider sur les sites</translation>
    </message>
    <message>
        <source>Validation measures discrimination and calibration of a risk model: set the Model block to logistic regression (a yes/no outcome) first.</source>
        <translation>La validation mesure la discrimination et la calibration d&apos;un modèle de risque&#xa0;: réglez d&apos;abord le bloc Modèle sur la régression logistique (une variable de résultat oui/non).</translation>
    </message>
    <message>
        <source>The validation finished; its results are in the Validation section.</source>
        <translation>La validation est terminée&#xa0;; ses résultats figurent dans la section Validation.</translation>
    </message>
    <message>
        <source>The validation stopped: %1</source>
        <translation>La validation s&apos;est arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Validation (leave one site out)</source>
        <translation>Validation (en excluant un site à la fois)</translation>
    </message>
    <message>
        <source>Internal–external cross-validation: for each of the %1 sites the model was fitted on all other sites and evaluated at the site left out; %2 sites released their evaluation. Each measure is pooled with a random-effects model (REML, Knapp–Hartung 95% CI, 95% prediction interval for a new site), the AUC on the logit scale and observed/expected on the log scale.</source>
        <translation>Validation croisée interne-externe&#xa0;: pour chacun des %1 sites, le modèle a été ajusté sur tous les autres sites et évalué sur le site exclu&#xa0;; %2 sites ont publié leur évaluation. Chaque mesure est combinée par un modèle à effets aléatoires (REML, IC à 95&#xa0;% de Knapp-Hartung, intervalle de prédiction à 95&#xa0;% pour un nouveau site), l&apos;AUC sur l&apos;échelle logit et le rapport observé/attendu sur l&apos;échelle log.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Pooled</source>
        <translation>Combiné</translation>
    </message>
    <message>
        <source>95% prediction interval</source>
        <translation>Intervalle de prédiction à 95&#xa0;%</translation>
    </message>
    <message>
        <source>τ²</source>
        <translation>τ²</translation>
    </message>
    <message>
        <source>Held-out site</source>
        <translation>Site exclu</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Calibration slope</source>
        <translation>Pente de calibration</translation>
    </message>
    <message>
        <source>Calibration-in-the-large</source>
        <translation>Calibration globale</translation>
    </message>
    <message>
        <source>O/E</source>
        <translation>O/A</translation>
    </message>
    <message>
        <source>Model performance (apparent)</source>
        <translation>Performance du modèle (apparente)</translation>
    </message>
    <message>
        <source>Apparent performance, on the records the model was fitted on.</source>
        <translation>Performance apparente, sur les enregistrements sur lesquels le modèle a été ajusté.</translation>
    </message>
    <message>
        <source>Discrimination: apparent AUC %1 (95% CI %2 to %3, DeLong).</source>
        <translation>Discrimination&#xa0;: AUC apparente %1 (IC à 95&#xa0;% de %2 à %3, DeLong).</translation>
    </message>
    <message>
        <source>Apparent calibration intercept %1.</source>
        <translation>Ordonnée à l&apos;origine de calibration apparente %1.</translation>
    </message>
    <message>
        <source>Apparent calibration slope %1 (1 by construction on the development data).</source>
        <translation>Pente de calibration apparente %1 (égale à 1 par construction sur les données de développement).</translation>
    </message>
    <message>
        <source>Apparent AUC</source>
        <translation>AUC apparente</translation>
    </message>
    <message>
        <source>Section 9 reports apparent performance on the development data; the validation in section 11 shows performance at sites the model was not fitted on.</source>
        <translation>La section 9 présente la performance apparente sur les données de développement&#xa0;; la validation de la section 11 montre la performance sur des sites sur lesquels le modèle n&apos;a pas été ajusté.</translation>
    </message>
    <message>
        <source>apparent AUC %1 (95% CI %2 to %3)</source>
        <translation>AUC apparente %1 (IC à 95&#xa0;% de %2 à %3)</translation>
    </message>
    <message>
        <source>Calibration (apparent)</source>
        <translation>Calibration (apparente)</translation>
    </message>
    <message>
        <source>Risk threshold</source>
        <translation>Seuil de risque</translation>
    </message>
    <message>
        <source>Net benefit</source>
        <translation>Bénéfice net</translation>
    </message>
    <message>
        <source>Treat none</source>
        <translation>Ne traiter personne</translation>
    </message>
    <message>
        <source>Treat all</source>
        <translation>Traiter tous</translation>
    </message>
    <message>
        <source>Model, all sites</source>
        <translation>Modèle, tous sites confondus</translation>
    </message>
    <message>
        <source>Thresholds of the Evaluation block</source>
        <translation>Seuils du bloc Évaluation</translation>
    </message>
    <message>
        <source>Decision curve (apparent): net benefit by risk threshold</source>
        <translation>Courbe de décision (apparente)&#xa0;: bénéfice net selon le seuil de risque</translation>
    </message>
    <message>
        <source>Random effects (REML)</source>
        <translation>Effets aléatoires (REML)</translation>
    </message>
    <message>
        <source>[%1%2%3]</source>
        <translation>[%1%2%3]</translation>
    </message>
    <message>
        <source>Random effects (REML, Knapp–Hartung): %1 (95% CI %2 to %3), 95% prediction interval %4 to %5, τ² = %6 on the scale it was pooled on.</source>
        <translation>Effets aléatoires (REML, Knapp-Hartung)&#xa0;: %1 (IC à 95&#xa0;% de %2 à %3), intervalle de prédiction à 95&#xa0;% de %4 à %5, τ² = %6 sur l&apos;échelle de combinaison.</translation>
    </message>
    <message>
        <source>This run has no decision curve: it needs the performance results of a logistic model and a risk threshold in the Evaluation block.</source>
        <translation>Cette analyse n&apos;a pas de courbe de décision&#xa0;: il faut pour cela les résultats de performance d&apos;un modèle logistique et un seuil de risque dans le bloc Évaluation.</translation>
    </message>
    <message>
        <source>Decision curve</source>
        <translation>Courbe de décision</translation>
    </message>
    <message>
        <source>Apparent AUC %1 (95% CI %2 to %3; DeLong), binning error at most %4. Apparent: the model is scored on the records it was fitted on, which is optimistic; see the validation for performance at sites left out.</source>
        <translation>AUC apparente %1 (IC à 95&#xa0;% de %2 à %3&#xa0;; DeLong), erreur de regroupement en classes d&apos;au plus %4. Apparente&#xa0;: le modèle est évalué sur les enregistrements sur lesquels il a été ajusté, ce qui est optimiste&#xa0;; voir la validation pour la performance sur les sites exclus.</translation>
    </message>
    <message>
        <source>Apparent calibration intercept %1 (ideal 0).</source>
        <translation>Ordonnée à l&apos;origine de calibration apparente %1 (idéal 0).</translation>
    </message>
    <message>
        <source>Apparent calibration slope %1 (ideal 1; on the data the model was fitted on it is 1 by construction).</source>
        <translation>Pente de calibration apparente %1 (idéal 1&#xa0;; sur les données sur lesquelles le modèle a été ajusté, elle vaut 1 par construction).</translation>
    </message>
    <message>
        <source>At risk threshold %1: net benefit %2 with the model, %3 treating all, 0 treating none.</source>
        <translation>Au seuil de risque %1&#xa0;: bénéfice net %2 avec le modèle, %3 en traitant tous, 0 en ne traitant personne.</translation>
    </message>
    <message>
        <source>Apparent: computed on the records the model was fitted on, from the ROC curves the sites released; per-site curves where a site released its own.</source>
        <translation>Apparente&#xa0;: calculée sur les enregistrements sur lesquels le modèle a été ajusté, à partir des courbes ROC publiées par les sites&#xa0;; courbes par site lorsqu&apos;un site a publié la sienne.</translation>
    </message>
    <message>
        <source>Apparent AUC per site with 95% intervals</source>
        <translation>AUC apparente par site avec intervalles à 95&#xa0;%</translation>
    </message>
    <message>
        <source>not in this run</source>
        <translation>absent de cette analyse</translation>
    </message>
    <message>
        <source>Same design</source>
        <translation>Même conception</translation>
    </message>
    <message>
        <source>design %1</source>
        <translation>conception %1</translation>
    </message>
    <message>
        <source>%1: estimate</source>
        <translation>%1&#xa0;: estimation</translation>
    </message>
    <message>
        <source>%1: standard error</source>
        <translation>%1&#xa0;: erreur type</translation>
    </message>
    <message>
        <source>%1: ratio</source>
        <translation>%1&#xa0;: rapport</translation>
    </message>
    <message>
        <source>AIC</source>
        <translation>AIC</translation>
    </message>
    <message>
        <source>The second run against the first: rows where they differ are in bold. Differences are second minus first.</source>
        <translation>La seconde analyse par rapport à la première&#xa0;: les lignes où elles diffèrent sont en gras. Les différences sont la seconde moins la première.</translation>
    </message>
    <message>
        <source>Comparison of two runs</source>
        <translation>Comparaison de deux analyses</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Apparent AUC 95% CI</source>
        <translation>IC à 95&#xa0;% de l&apos;AUC apparente</translation>
    </message>
    <message>
        <source>Observed/expected</source>
        <translation>Observé/attendu</translation>
    </message>
    <message>
        <source>The measures are not pooled: pooling needs the held-out evaluation of at least %1 sites, and %2 released one. Add sites, or ask the sites whose evaluation was withheld or failed why.</source>
        <translation>Les mesures ne sont pas combinées&#xa0;: la combinaison nécessite l&apos;évaluation en tant que site exclu d&apos;au moins %1 sites, et %2 en ont publié une. Ajoutez des sites, ou demandez aux sites dont l&apos;évaluation n&apos;a pas été publiée ou a échoué pourquoi.</translation>
    </message>
    <message>
        <source>The measures could not be pooled: %1</source>
        <translation>Les mesures n&apos;ont pas pu être combinées&#xa0;: %1</translation>
    </message>
    <message>
        <source>evaluated</source>
        <translation>évalué</translation>
    </message>
    <message>
        <source>withheld: %1</source>
        <translation>non publiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>no interval</source>
        <translation>aucun intervalle</translation>
    </message>
    <message>
        <source>Pooled (random effects)</source>
        <translation>Combiné (effets aléatoires)</translation>
    </message>
    <message>
        <source>%1 at each held-out site</source>
        <translation>%1 sur chaque site exclu</translation>
    </message>
    <message>
        <source>Pooled estimate</source>
        <translation>Estimation combinée</translation>
    </message>
    <message>
        <source>Pooled on scale</source>
        <translation>Combiné sur l&apos;échelle</translation>
    </message>
    <message>
        <source>logit</source>
        <translation>logit</translation>
    </message>
    <message>
        <source>log</source>
        <translation>log</translation>
    </message>
    <message>
        <source>as is</source>
        <translation>telle quelle</translation>
    </message>
    <message>
        <source>Decision curve at the held-out sites</source>
        <translation>Courbe de décision sur les sites exclus</translation>
    </message>
    <message>
        <source>About the validation</source>
        <translation>À propos de la validation</translation>
    </message>
    <message>
        <source>Pooled validation measures</source>
        <translation>Mesures de validation combinées</translation>
    </message>
    <message>
        <source>Performance at each held-out site</source>
        <translation>Performance sur chaque site exclu</translation>
    </message>
    <message>
        <source>No validation yet. The performance above is apparent: the model is scored on the records it was fitted on. Choose Analyses ▸ Validate Across Sites to fit the model at all sites but one and evaluate it at the one left out, for every site in turn.</source>
        <translation>Pas encore de validation. La performance ci-dessus est apparente&#xa0;: le modèle est évalué sur les enregistrements sur lesquels il a été ajusté. Choisissez Statistiques ▸ Valider sur les sites pour ajuster le modèle sur tous les sites sauf un et l&apos;évaluer sur le site exclu, pour chaque site à tour de rôle.</translation>
    </message>
    <message>
        <source>Internal–external cross-validation: for each site the model was fitted on all other sites and evaluated at the site left out. %1 of %2 sites were evaluated; %3 withheld their evaluation and %4 failed.</source>
        <translation>Validation croisée interne-externe&#xa0;: pour chaque site, le modèle a été ajusté sur tous les autres sites et évalué sur le site exclu. %1 sites sur %2 ont été évalués&#xa0;; %3 n&apos;ont pas publié leur évaluation et %4 ont échoué.</translation>
    </message>
    <message>
        <source>Each measure is pooled with a random-effects model (REML, Knapp–Hartung 95% CI, 95% prediction interval for a new site): the AUC on the logit scale, observed/expected on the log scale. The diamond is the pooled estimate with its CI, the dashed line the prediction interval.</source>
        <translation>Chaque mesure est combinée par un modèle à effets aléatoires (REML, IC à 95&#xa0;% de Knapp-Hartung, intervalle de prédiction à 95&#xa0;% pour un nouveau site)&#xa0;: l&apos;AUC sur l&apos;échelle logit, le rapport observé/attendu sur l&apos;échelle log. Le losange est l&apos;estimation combinée avec son IC, la ligne pointillée l&apos;intervalle de prédiction.</translation>
    </message>
    <message>
        <source>This validation is of another design than the fit shown above (design %1…); run the fit of this design to compare them.</source>
        <translation>Cette validation porte sur une autre conception que l&apos;ajustement affiché ci-dessus (conception %1…)&#xa0;; exécutez l&apos;ajustement de cette conception pour les comparer.</translation>
    </message>
    <message>
        <source>asking the sites whether they would run it</source>
        <translation>demande aux sites s&apos;ils l&apos;exécuteraient</translation>
    </message>
    <message>
        <source>&amp;Check at Sites</source>
        <translation>&amp;Vérifier auprès des sites</translation>
    </message>
    <message>
        <source>Ask every chosen site whether the design and cohort pass its rules, without computing anything. Each check counts as a job in the site&apos;s daily quota.</source>
        <translation>Demander à chaque site choisi si la conception et la cohorte respectent ses règles, sans rien calculer. Chaque vérification compte comme une tâche dans le quota journalier du site.</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Run again on the same sites, as a new run.</source>
        <translation>Exécuter à nouveau sur les mêmes sites, comme nouvelle analyse.</translation>
    </message>
    <message>
        <source>Checking at the sites…</source>
        <translation>Vérification auprès des sites…</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Conforme</translation>
    </message>
    <message numerus="yes">
        <source>The site would run this design: every rule it checks in advance passed (%n rule(s)).</source>
        <translation>
            <numerusform>Le site exécuterait cette conception&#xa0;: toutes les règles qu&apos;il vérifie à l&apos;avance sont respectées (%n règle).</numerusform>
            <numerusform>Le site exécuterait cette conception&#xa0;: toutes les règles qu&apos;il vérifie à l&apos;avance sont respectées (%n règles).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) would not run this design; see their rows for the rule and what to change. Nothing was computed.</source>
        <translation>
            <numerusform>%n site n&apos;exécuterait pas cette conception&#xa0;; voir sa ligne pour la règle et ce qu&apos;il faut changer. Rien n&apos;a été calculé.</numerusform>
            <numerusform>%n sites n&apos;exécuteraient pas cette conception&#xa0;; voir leurs lignes pour la règle et ce qu&apos;il faut changer. Rien n&apos;a été calculé.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was the only site of the run; choose other sites first.</source>
        <translation>%1 était le seul site de l&apos;analyse&#xa0;; choisissez d&apos;abord d&apos;autres sites.</translation>
    </message>
    <message>
        <source>Run &amp;Without %1</source>
        <translation>Exécuter &amp;sans %1</translation>
    </message>
    <message>
        <source>A new run on the other sites. A site whose policy refuses studies one site away from an earlier one will say so.</source>
        <translation>Une nouvelle analyse sur les autres sites. Un site dont la politique refuse les études qui ne diffèrent d&apos;une étude antérieure que d&apos;un site le signalera.</translation>
    </message>
    <message>
        <source>Changed study keys of %1</source>
        <translation>Clés d&apos;étude modifiées de %1</translation>
    </message>
    <message>
        <source>The node of site %1 (%2) presents other study keys than the ones recorded for it. Either its administrator re-initialised the node, or someone else is answering in its place.</source>
        <translation>Le nœud du site %1 (%2) présente d&apos;autres clés d&apos;étude que celles enregistrées pour lui. Soit son administrateur a réinitialisé le nœud, soit quelqu&apos;un d&apos;autre répond à sa place.</translation>
    </message>
    <message>
        <source>Recorded:
  signing key        %1
  key-agreement key  %2

Presented now:
  signing key        %3
  key-agreement key  %4</source>
        <translation>Enregistrées&#xa0;:
  clé de signature         %1
  clé d&apos;accord de clés     %2

Présentées maintenant&#xa0;:
  clé de signature         %3
  clé d&apos;accord de clés     %4</translation>
    </message>
    <message>
        <source>Before you accept, ask the site&apos;s administrator for the new fingerprints by phone or in person (not over a channel that may be compromised) and compare them character by character. Until you accept, Fairstart sends nothing more to this site.</source>
        <translation>Avant d&apos;accepter, demandez à l&apos;administrateur du site les nouvelles empreintes par téléphone ou en personne (pas par un canal qui pourrait être compromis) et comparez-les caractère par caractère. Tant que vous n&apos;avez pas accepté, Fairstart n&apos;envoie plus rien à ce site.</translation>
    </message>
    <message>
        <source>Recorded and presented key fingerprints</source>
        <translation>Empreintes des clés enregistrées et présentées</translation>
    </message>
    <message>
        <source>The administrator of %1 &amp;confirmed these new fingerprints to me</source>
        <translation>L&apos;administrateur de %1 m&apos;a &amp;confirmé ces nouvelles empreintes</translation>
    </message>
    <message>
        <source>&amp;Accept New Keys</source>
        <translation>&amp;Accepter les nouvelles clés</translation>
    </message>
    <message>
        <source>Recorded the study keys of %1 (signing key %2); a node that presents other keys for this site is refused from now on.</source>
        <translation>Clés d&apos;étude de %1 enregistrées (clé de signature %2)&#xa0;; un nœud qui présente d&apos;autres clés pour ce site sera désormais refusé.</translation>
    </message>
    <message>
        <source>The study keys of %1 did not change at its last check; there is nothing to accept. Check the site again first.</source>
        <translation>Les clés d&apos;étude de %1 n&apos;ont pas changé lors de sa dernière vérification&#xa0;; il n&apos;y a rien à accepter. Vérifiez d&apos;abord le site de nouveau.</translation>
    </message>
    <message>
        <source>Accept new keys</source>
        <translation>Accepter les nouvelles clés</translation>
    </message>
    <message>
        <source>Accepted the new study keys of %1 (signing key %2).</source>
        <translation>Nouvelles clés d&apos;étude de %1 acceptées (clé de signature %2).</translation>
    </message>
    <message>
        <source>Site %1 presents other study keys than the ones recorded for it: the node was re-initialised, or someone is answering in its place. Nothing more is asked of it. Confirm the new key fingerprints with the site&apos;s administrator, then choose Accept Changed Keys.</source>
        <translation>Le site %1 présente d&apos;autres clés d&apos;étude que celles enregistrées pour lui&#xa0;: le nœud a été réinitialisé, ou quelqu&apos;un répond à sa place. Plus rien ne lui est demandé. Confirmez les nouvelles empreintes des clés avec l&apos;administrateur du site, puis choisissez Accepter les clés modifiées.</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>pas encore enregistrées</translation>
    </message>
    <message>
        <source>Key changed</source>
        <translation>Clé modifiée</translation>
    </message>
    <message>
        <source>Signing key: %1
Key-agreement key: %2</source>
        <translation>Clé de signature&#xa0;: %1
Clé d&apos;accord de clés&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (changed!)</source>
        <translation>%1 (modifiée&#xa0;!)</translation>
    </message>
    <message>
        <source>Study keys</source>
        <translation>Clés d&apos;étude</translation>
    </message>
    <message>
        <source>Sites to validate on</source>
        <translation>Sites sur lesquels valider</translation>
    </message>
    <message>
        <source>Each site in turn is left out: the model is fitted on all the others and evaluated at the site left out, which checks every number against its own rules before releasing it. This needs at least %1 sites and takes one fit per site.</source>
        <translation>Chaque site est exclu à tour de rôle&#xa0;: le modèle est ajusté sur tous les autres et évalué sur le site exclu, qui vérifie chaque nombre selon ses propres règles avant de le publier. Cela nécessite au moins %1 sites et demande un ajustement par site.</translation>
    </message>
    <message>
        <source>Progress per held-out site</source>
        <translation>Progression par site exclu</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Choose at least %1 sites: each is left out in turn and the results are pooled over the sites left out.</source>
        <translation>Choisissez au moins %1 sites&#xa0;: chacun est exclu à tour de rôle et les résultats sont combinés sur les sites exclus.</translation>
    </message>
    <message>
        <source>Choose a purpose: the sites check it against your token.</source>
        <translation>Choisissez une finalité&#xa0;: les sites la vérifient par rapport à votre jeton.</translation>
    </message>
    <message>
        <source>Leaving out %1 (%2 of %3): fitting on the others.</source>
        <translation>Exclusion de %1 (%2 sur %3)&#xa0;: ajustement sur les autres.</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Évalué</translation>
    </message>
    <message>
        <source>AUC %1 on %2 records</source>
        <translation>AUC %1 sur %2 enregistrements</translation>
    </message>
    <message>
        <source>Finished: the results are in the Validation section.</source>
        <translation>Terminé&#xa0;: les résultats figurent dans la section Validation.</translation>
    </message>
    <message>
        <source>The design was not saved automatically: %1 Your changes are still on screen; save them with Save Design Version (Ctrl+S) once that is solved.</source>
        <translation>La conception n&apos;a pas été enregistrée automatiquement&#xa0;: %1 Vos modifications sont toujours à l&apos;écran&#xa0;; enregistrez-les avec Enregistrer une version de la conception (Ctrl+S) une fois le problème résolu.</translation>
    </message>
    <message>
        <source>The design could not be saved in the workspace: %1 Your changes are still on screen; save them with Save Design Version (Ctrl+S) once that is solved.</source>
        <translation>La conception n&apos;a pas pu être enregistrée dans l&apos;espace de travail&#xa0;: %1 Vos modifications sont toujours à l&apos;écran&#xa0;; enregistrez-les avec Enregistrer une version de la conception (Ctrl+S) une fois le problème résolu.</translation>
    </message>
    <message>
        <source>This request is missing from the workspace&apos;s request log: %1 Note what you asked of the sites until the log can be written again.</source>
        <translation>Cette requête manque dans le journal des requêtes de l&apos;espace de travail&#xa0;: %1 Notez ce que vous avez demandé aux sites jusqu&apos;à ce que le journal puisse de nouveau être écrit.</translation>
    </message>
    <message>
        <source>This run could not be recorded in the workspace: %1 The run goes on, but it will not be in the list of runs; export its results when it ends.</source>
        <translation>Cette analyse n&apos;a pas pu être enregistrée dans l&apos;espace de travail&#xa0;: %1 L&apos;analyse continue, mais elle n&apos;apparaîtra pas dans la liste des analyses&#xa0;; exportez ses résultats à la fin.</translation>
    </message>
    <message>
        <source>The run&apos;s record in the workspace could not be updated: %1 The run goes on; its stored record may not show every site&apos;s final state.</source>
        <translation>L&apos;enregistrement de l&apos;analyse dans l&apos;espace de travail n&apos;a pas pu être mis à jour&#xa0;: %1 L&apos;analyse continue&#xa0;; son enregistrement stocké pourrait ne pas montrer l&apos;état final de chaque site.</translation>
    </message>
    <message>
        <source>The workspace could not remember the open design: %1 Next time, open it from the list of designs.</source>
        <translation>L&apos;espace de travail n&apos;a pas pu mémoriser la conception ouverte&#xa0;: %1 La prochaine fois, ouvrez-la depuis la liste des conceptions.</translation>
    </message>
    <message>
        <source>The workspace&apos;s list of sites could not be changed: %1</source>
        <translation>La liste des sites de l&apos;espace de travail n&apos;a pas pu être modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Writes the workbench&apos;s PDF report of a run from its JSON (fairstart-cli fit --format json).</source>
        <translation>Écrit le rapport PDF de la Workbench d&apos;une analyse à partir de son JSON (fairstart-cli fit --format json).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>A JSON object of variable labels {&quot;name&quot;: &quot;label&quot;} for readable terms.</source>
        <translation>Un objet JSON de libellés de variables {&quot;name&quot;: &quot;label&quot;} pour des termes lisibles.</translation>
    </message>
    <message>
        <source>The run&apos;s JSON; &apos;-&apos; or nothing reads standard input.</source>
        <translation>Le JSON de l&apos;analyse&#xa0;; &apos;-&apos; ou rien lit l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>name the PDF to write with --out FILE.pdf</source>
        <translation>indiquez le PDF à écrire avec --out FILE.pdf</translation>
    </message>
    <message>
        <source>cannot read the run&apos;s JSON (%1)</source>
        <translation>impossible de lire le JSON de l&apos;analyse (%1)</translation>
    </message>
    <message>
        <source>the input is not a run&apos;s JSON: %1</source>
        <translation>l&apos;entrée n&apos;est pas le JSON d&apos;une analyse&#xa0;: %1</translation>
    </message>
    <message>
        <source>the input is not a run&apos;s JSON (fairstart-cli fit --format json): %1</source>
        <translation>l&apos;entrée n&apos;est pas le JSON d&apos;une analyse (fairstart-cli fit --format json)&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the labels %1 (%2)</source>
        <translation>impossible de lire les libellés %1 (%2)</translation>
    </message>
    <message>
        <source>Trend by birth year</source>
        <translation>Tendance par année de naissance</translation>
    </message>
    <message>
        <source>No trend released: the areas release no counts per birth year for %1</source>
        <translation>Aucune tendance publiée&#xa0;: les zones ne publient aucun effectif par année de naissance pour %1</translation>
    </message>
    <message>
        <source>%1 = %2 by %3</source>
        <translation>%1 = %2 par %3</translation>
    </message>
    <message>
        <source>Not in the dashboard: %1</source>
        <translation>Absent du tableau de bord&#xa0;: %1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Withheld by the area: fewer than %1 records, or withheld to protect another cell.</source>
        <translation>Masqué par la zone&#xa0;: moins de %1 enregistrements, ou masqué pour protéger une autre cellule.</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Masqué</translation>
    </message>
    <message numerus="yes">
        <source>The design has %n Evaluation blocks, but a run uses the settings of one: delete the others and keep the one whose settings you want.</source>
        <translation>
            <numerusform>La conception a %n bloc Évaluation, mais une analyse n&apos;utilise les réglages que d&apos;un seul bloc&#xa0;: supprimez les autres et gardez celui dont vous voulez les réglages.</numerusform>
            <numerusform>La conception a %n blocs Évaluation, mais une analyse n&apos;utilise les réglages que d&apos;un seul bloc&#xa0;: supprimez les autres et gardez celui dont vous voulez les réglages.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 released no descriptives: %2</source>
        <translation>%1 n&apos;a publié aucune statistique descriptive&#xa0;: %2</translation>
    </message>
    <message>
        <source>At each site left out: the estimate with its 95% CI below it.</source>
        <translation>Pour chaque site exclu&#xa0;: l&apos;estimation avec son IC à 95&#xa0;% en dessous.</translation>
    </message>
    <message>
        <source>Internal–external cross-validation: for each site the model was fitted on all other sites and evaluated at the site left out. Each of the %1 sites was evaluated.</source>
        <translation>Validation croisée interne-externe&#xa0;: pour chaque site, le modèle a été ajusté sur tous les autres sites et évalué sur le site exclu. Chacun des %1 sites a été évalué.</translation>
    </message>
    <message>
        <source>%1: exchanging the sites&apos; signatures</source>
        <translation>%1&#xa0;: échange des signatures des sites</translation>
    </message>
    <message>
        <source>Evaluate a &amp;Registered Model…</source>
        <translation>Évaluer un modèle &amp;enregistré…</translation>
    </message>
    <message>
        <source>Evaluate a validation model the sites registered (AUC, calibration, Brier score, O:E, decision curve) without fitting anything.</source>
        <translation>Évaluer un modèle de validation enregistré par les sites (AUC, calibration, score de Brier, O/A, courbe de décision) sans rien ajuster.</translation>
    </message>
    <message>
        <source>Evaluate a registered model</source>
        <translation>Évaluer un modèle enregistré</translation>
    </message>
    <message>
        <source>All sites (masked sum)</source>
        <translation>Tous les sites (somme masquée)</translation>
    </message>
    <message numerus="yes">
        <source>withheld at %n site(s)</source>
        <translation>
            <numerusform>masqué sur %n site</numerusform>
            <numerusform>masqué sur %n sites</numerusform>
        </translation>
    </message>
    <message>
        <source>Mode: masked. Every site released its descriptives only masked (study %1); the pooled column is the decoded sum over the sites, and no site&apos;s own numbers are shown. A count that a site withheld is not added into the pooled column.</source>
        <translation>Mode&#xa0;: masqué. Chaque site n&apos;a publié ses statistiques descriptives que sous forme masquée (étude %1)&#xa0;; la colonne regroupée est la somme décodée sur les sites, et aucun chiffre propre à un site n&apos;est affiché. Un effectif masqué par un site n&apos;est pas ajouté à la colonne regroupée.</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n site(s) for masked descriptives…</source>
        <translation>
            <numerusform>Demande de statistiques descriptives masquées à %n site…</numerusform>
            <numerusform>Demande de statistiques descriptives masquées à %n sites…</numerusform>
        </translation>
    </message>
    <message>
        <source>The masked descriptives study ended without a result: %1</source>
        <translation>L&apos;étude de statistiques descriptives masquées s&apos;est terminée sans résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>No site is online. Add sites (Sites ▸ Add Site) and check them (F5): the registered models are the ones the online sites list.</source>
        <translation>Aucun site n&apos;est en ligne. Ajoutez des sites (Sites ▸ Ajouter un site) et vérifiez-les (F5)&#xa0;: les modèles enregistrés sont ceux que listent les sites en ligne.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n online site(s) lists a registered validation model. A site&apos;s administrator registers one with &apos;fairstart-node models add&apos;; check the sites again (F5) afterwards.</source>
        <translation>
            <numerusform>Le site en ligne (%n) ne liste aucun modèle de validation enregistré. L&apos;administrateur d&apos;un site en enregistre un avec &apos;fairstart-node models add&apos;&#xa0;; vérifiez ensuite à nouveau les sites (F5).</numerusform>
            <numerusform>Aucun des %n sites en ligne ne liste de modèle de validation enregistré. L&apos;administrateur d&apos;un site en enregistre un avec &apos;fairstart-node models add&apos;&#xa0;; vérifiez ensuite à nouveau les sites (F5).</numerusform>
        </translation>
    </message>
    <message>
        <source>The sites evaluated the registered model %1; the results are shown%2.</source>
        <translation>Les sites ont évalué le modèle enregistré %1&#xa0;; les résultats sont affichés%2.</translation>
    </message>
    <message>
        <source> and stored in the workspace</source>
        <translation> et enregistrés dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>The validation could not be kept in the workspace: %1</source>
        <translation>La validation n&apos;a pas pu être conservée dans l&apos;espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>The stored validation of this run cannot be read (%1). Validate the design again.</source>
        <translation>La validation enregistrée de cette analyse est illisible (%1). Validez à nouveau la conception.</translation>
    </message>
    <message>
        <source>Showing the validation of %1.</source>
        <translation>Affichage de la validation du %1.</translation>
    </message>
    <message>
        <source>Outcome in plain words</source>
        <translation>Résultat en termes simples</translation>
    </message>
    <message>
        <source>e.g. low birth weight</source>
        <translation>par ex. faible poids de naissance</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Registered model</source>
        <translation>Modèle enregistré</translation>
    </message>
    <message>
        <source>%1 (%2…)</source>
        <translation>%1 (%2…)</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Fichier de modèle</translation>
    </message>
    <message>
        <source>optional: your copy, for the masked evaluation</source>
        <translation>facultatif&#xa0;: votre copie, pour l&apos;évaluation masquée</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>No coefficients are sent: each site evaluates its own registered copy. With your copy of the model file (the file the sites registered) and three or more sites the evaluation is masked: only the pooled result is decoded and every site attests the model&apos;s hash. Without it each site evaluates on its own and releases its own figures (plain mode, where the sites allow it).</source>
        <translation>Aucun coefficient n&apos;est envoyé&#xa0;: chaque site évalue sa propre copie enregistrée. Avec votre copie du fichier de modèle (le fichier que les sites ont enregistré) et au moins trois sites, l&apos;évaluation est masquée&#xa0;: seul le résultat combiné est décodé et chaque site atteste l&apos;empreinte du modèle. Sans elle, chaque site évalue séparément et publie ses propres chiffres (mode en clair, là où les sites l&apos;autorisent).</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Registered at:</source>
        <translation>Enregistré sur les sites&#xa0;:</translation>
    </message>
    <message>
        <source>Model &amp;file:</source>
        <translation>&amp;Fichier du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Continuer…</translation>
    </message>
    <message>
        <source>The registered model&apos;s file</source>
        <translation>Le fichier du modèle enregistré</translation>
    </message>
    <message>
        <source>Model files (*.json);;All files (*)</source>
        <translation>Fichiers de modèle (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file is another model than %1: its hash is %2, the sites registered %3. Choose the file the sites registered, or leave the field empty for the per-site evaluation.</source>
        <translation>Le fichier contient un autre modèle que %1&#xa0;: son empreinte est %2, les sites ont enregistré %3. Choisissez le fichier que les sites ont enregistré, ou laissez le champ vide pour l&apos;évaluation par site.</translation>
    </message>
    <message>
        <source>Coefficients fitted at each site alone (estimate and standard error), with the inverse-variance pooled estimate and Cochran&apos;s Q and I² per term:</source>
        <translation>Coefficients ajustés sur chaque site séparément (estimation et erreur type), avec l&apos;estimation regroupée par inverse de la variance, ainsi que le Q de Cochran et l&apos;I² par terme&#xa0;:</translation>
    </message>
    <message>
        <source>Sites without a fit of their own: %1.</source>
        <translation>Sites sans ajustement propre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>11.1 Performance by %1 (fairness)</source>
        <translation>11.1 Performance par %1 (équité)</translation>
    </message>
    <message>
        <source>Each held-out site evaluated the model fitted on the other sites for each level of %1 and released a level only when it passed its rules. Each level is pooled over the held-out sites that released it (random effects, as above); a withheld level names the rule.</source>
        <translation>Chaque site exclu a évalué le modèle ajusté sur les autres sites pour chaque modalité de %1 et n&apos;a publié une modalité que si elle satisfaisait à ses règles. Chaque modalité est combinée sur les sites exclus qui l&apos;ont publiée (effets aléatoires, comme ci-dessus)&#xa0;; une modalité masquée indique la règle.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>not pooled</source>
        <translation>non combiné</translation>
    </message>
    <message>
        <source>Per level in bold, pooled over the held-out sites; below it, each held-out site.</source>
        <translation>Par modalité en gras, combiné sur les sites exclus&#xa0;; en dessous, chaque site exclu.</translation>
    </message>
    <message>
        <source>The sites released no per-site performance: %1.</source>
        <translation>Les sites n&apos;ont publié aucune performance par site&#xa0;: %1.</translation>
    </message>
    <message>
        <source>withheld (%1)</source>
        <translation>masqué (%1)</translation>
    </message>
    <message numerus="yes">
        <source>not pooled: %n held-out site(s) released this level; pooling needs at least three</source>
        <translation>
            <numerusform>non combiné&#xa0;: %n site exclu a publié cette modalité&#xa0;; la combinaison en nécessite au moins trois</numerusform>
            <numerusform>non combiné&#xa0;: %n sites exclus ont publié cette modalité&#xa0;; la combinaison en nécessite au moins trois</numerusform>
        </translation>
    </message>
    <message>
        <source>not pooled: withheld at %1; pooling needs at least three held-out sites</source>
        <translation>non combiné&#xa0;: masqué sur %1&#xa0;; la combinaison nécessite au moins trois sites exclus</translation>
    </message>
    <message>
        <source>not pooled: %1</source>
        <translation>non combiné&#xa0;: %1</translation>
    </message>
    <message>
        <source>without %1, where it was withheld</source>
        <translation>sans %1, où cette modalité a été masquée</translation>
    </message>
    <message>
        <source>%1 by %2, pooled over the held-out sites</source>
        <translation>%1 par %2, combiné sur les sites exclus</translation>
    </message>
    <message numerus="yes">
        <source>Pooled (%n site(s))</source>
        <translation>
            <numerusform>Combiné (%n site)</numerusform>
            <numerusform>Combiné (%n sites)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (rule %2)</source>
        <translation>%1 (règle %2)</translation>
    </message>
    <message>
        <source>the stored validation is not readable (%1)</source>
        <translation>la validation enregistrée est illisible (%1)</translation>
    </message>
    <message>
        <source>unknown schema</source>
        <translation>schéma inconnu</translation>
    </message>
    <message>
        <source>a site&apos;s state</source>
        <translation>l&apos;état d&apos;un site</translation>
    </message>
    <message>
        <source>the measures of %1</source>
        <translation>les mesures de %1</translation>
    </message>
    <message>
        <source>numbers of a site without an evaluation</source>
        <translation>des chiffres pour un site sans évaluation</translation>
    </message>
    <message>
        <source>a decision curve</source>
        <translation>une courbe de décision</translation>
    </message>
    <message>
        <source>a pooled measure</source>
        <translation>une mesure combinée</translation>
    </message>
    <message>
        <source>the pooled decision curve</source>
        <translation>la courbe de décision combinée</translation>
    </message>
    <message>
        <source>a subgroup row</source>
        <translation>une ligne de sous-groupe</translation>
    </message>
    <message>
        <source>numbers of a withheld subgroup</source>
        <translation>des chiffres pour un sous-groupe masqué</translation>
    </message>
    <message>
        <source>About the subgroups</source>
        <translation>À propos des sous-groupes</translation>
    </message>
    <message>
        <source>Performance by subgroup</source>
        <translation>Performance par sous-groupe</translation>
    </message>
    <message>
        <source>%1 by subgroup</source>
        <translation>%1 par sous-groupe</translation>
    </message>
    <message>
        <source>No subgroups: choose a subgroup variable (such as sex or income quintile) in Analyses ▸ Validate Across Sites to see discrimination and calibration by its levels.</source>
        <translation>Aucun sous-groupe&#xa0;: choisissez une variable de sous-groupe (comme le sexe ou le quintile de revenu) dans Statistiques ▸ Valider sur les sites pour voir la discrimination et la calibration selon ses modalités.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;By %1&lt;/h3&gt;Each held-out site evaluated the model fitted on the other sites for each level of %1, and released each level only when it passed its rules; a withheld level shows the rule, never a number. Each level is pooled over the held-out sites that released it with the same random-effects model as above.</source>
        <translation>&lt;h3&gt;Par %1&lt;/h3&gt;Chaque site exclu a évalué le modèle ajusté sur les autres sites pour chaque modalité de %1, et n&apos;a publié chaque modalité que si elle satisfaisait à ses règles&#xa0;; une modalité masquée indique la règle, jamais un nombre. Chaque modalité est combinée sur les sites exclus qui l&apos;ont publiée, avec le même modèle à effets aléatoires que ci-dessus.</translation>
    </message>
    <message>
        <source>Take one child who had %2 and one who did not: the model gives the higher risk to the child who had it in about %1 of 100 such pairs (50 would be chance, 100 perfect).</source>
        <translation>Prenez un enfant qui a présenté le résultat (%2) et un autre qui ne l&apos;a pas présenté&#xa0;: le modèle attribue le risque le plus élevé à celui qui l&apos;a présenté dans environ %1 paires sur 100 (50 correspondrait au hasard, 100 serait parfait).</translation>
    </message>
    <message>
        <source>On average it predicted a risk of %1; %2 of the children actually had %3.</source>
        <translation>En moyenne, il a prédit un risque de %1&#xa0;; %2 des enfants ont réellement présenté le résultat (%3).</translation>
    </message>
    <message>
        <source>Estimated risk of %5: %1 (95% interval %2 to %3). Of 100 children with these values, about %4 would be expected to have %5.</source>
        <translation>Risque estimé de %5&#xa0;: %1 (intervalle à 95&#xa0;% de %2 à %3). Sur 100 enfants ayant ces valeurs, environ %4 devraient présenter le résultat (%5).</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>&amp;Évaluer</translation>
    </message>
    <message>
        <source>Finished: the sites evaluated the registered model.</source>
        <translation>Terminé&#xa0;: les sites ont évalué le modèle enregistré.</translation>
    </message>
    <message>
        <source>Subgroup variable</source>
        <translation>Variable de sous-groupe</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Subgroup cell edges</source>
        <translation>Bornes des cellules du sous-groupe</translation>
    </message>
    <message>
        <source>By s&amp;ubgroup:</source>
        <translation>Par so&amp;us-groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Cell &amp;edges:</source>
        <translation>&amp;Bornes des cellules&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (v%2): validation across sites</source>
        <translation>%1 (v%2)&#xa0;: validation sur les sites</translation>
    </message>
    <message>
        <source>Masked sum without %1</source>
        <translation>Somme masquée sans %1</translation>
    </message>
    <message>
        <source>Pooled: %1 (without %2)</source>
        <translation>Combiné&#xa0;: %1 (sans %2)</translation>
    </message>
    <message>
        <source>&lt; %1 yes</source>
        <translation>&lt; %1 oui</translation>
    </message>
    <message>
        <source>%1 yes</source>
        <translation>%1 oui</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>%1 manquants</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>At %1: records with a value, the share of yes of a yes/no variable and records without a value (rounded; small counts withheld). A categorical variable&apos;s levels are in the cell&apos;s tooltip.</source>
        <translation>Sur le site %1&#xa0;: enregistrements avec une valeur, part de oui d&apos;une variable oui/non et enregistrements sans valeur (arrondis&#xa0;; petits effectifs masqués). Les modalités d&apos;une variable catégorielle figurent dans l&apos;infobulle de la cellule.</translation>
    </message>
    <message>
        <source>The run of %1 is a validation across sites, not a fit: Compare Runs puts the coefficients of two fits side by side. Open a validation (double-click it under Runs) to see each held-out site and the pooled measures on the Validation page.</source>
        <translation>L&apos;analyse du %1 est une validation sur les sites, et non un ajustement&#xa0;: Comparer les analyses place côte à côte les coefficients de deux ajustements. Ouvrez une validation (double-cliquez dessus sous Analyses) pour voir chaque site exclu et les mesures combinées sur la page Validation.</translation>
    </message>
    <message>
        <source>AUC %1 (95% CI %2 to %3)</source>
        <translation>AUC %1 (IC à 95&#xa0;% de %2 à %3)</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Quality of care</source>
        <translation>Qualité des soins</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evaluation of a model fitted elsewhere&lt;/b&gt; (nothing was fitted in this run) on %1 records at %2 of %3 sites.</source>
        <translation>&lt;b&gt;Évaluation d&apos;un modèle ajusté ailleurs&lt;/b&gt; (rien n&apos;a été ajusté dans cette analyse) sur %1 enregistrements de %2 sites sur %3.</translation>
    </message>
    <message>
        <source>AUC %1 (95% CI %2 to %3; DeLong), binning error at most %4. The model was fitted elsewhere: this is its performance on these sites&apos; records (external validation), not an apparent one.</source>
        <translation>AUC %1 (IC à 95&#xa0;% de %2 à %3&#xa0;; DeLong), erreur de regroupement en classes d&apos;au plus %4. Le modèle a été ajusté ailleurs&#xa0;: il s&apos;agit de sa performance sur les enregistrements de ces sites (validation externe), et non d&apos;une performance apparente.</translation>
    </message>
    <message>
        <source>Computed on these sites&apos; records, which the model was not fitted on, from the ROC curves the sites released.</source>
        <translation>Calcul effectué sur les enregistrements de ces sites, sur lesquels le modèle n&apos;a pas été ajusté, à partir des courbes ROC publiées par les sites.</translation>
    </message>
    <message>
        <source>The report is of a fitted model, with its validation as section 11. Run this design on the sites (Run on Sites…), then export the report: the validation of the same design is included. The validation alone can be exported with Export chart… and Export table… on this page.</source>
        <translation>Le rapport porte sur un modèle ajusté, avec sa validation en section 11. Exécutez cette conception sur les sites (Exécuter sur les sites…), puis exportez le rapport&#xa0;: la validation de la même conception y est incluse. La validation seule peut être exportée avec Exporter le graphique… et Exporter le tableau… sur cette page.</translation>
    </message>
    <message>
        <source>There is no result to report yet: run the design on the sites first.</source>
        <translation>Il n&apos;y a encore aucun résultat à présenter dans un rapport&#xa0;: exécutez d&apos;abord la conception sur les sites.</translation>
    </message>
    <message>
        <source>Registered model %1: evaluation</source>
        <translation>Modèle enregistré %1&#xa0;: évaluation</translation>
    </message>
    <message>
        <source>Funnel plot: an area outside the dotted 99.8% limits differs from the pooled rate by more than chance explains (about 1 in 500 by chance); between the dashed 95% and the dotted limits it is worth a look. Smaller areas have wider limits.</source>
        <translation>Graphique en entonnoir&#xa0;: une zone située en dehors des limites à 99,8&#xa0;% (en pointillés) s&apos;écarte du taux combiné plus que le hasard ne l&apos;explique (environ 1 fois sur 500 par hasard)&#xa0;; entre les limites à 95&#xa0;% (en tirets) et celles en pointillés, elle mérite un examen. Les zones plus petites ont des limites plus larges.</translation>
    </message>
    <message>
        <source>The masked descriptives study ended without a result: site %1 refused. %2</source>
        <translation>L&apos;étude de statistiques descriptives par masquage s&apos;est terminée sans résultat&#xa0;: le site %1 a refusé. %2</translation>
    </message>
    <message>
        <source>The run was stopped; the sites were asked to cancel its jobs.</source>
        <translation>L&apos;analyse a été arrêtée&#xa0;; il a été demandé aux sites d&apos;annuler ses tâches.</translation>
    </message>
    <message>
        <source>The run ended without a result: %1</source>
        <translation>L&apos;analyse s&apos;est terminée sans résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>The run ended without a result at %1: %2</source>
        <translation>L&apos;analyse s&apos;est terminée sans résultat sur le site %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a contact for questions from parents and professionals</source>
        <translation>un contact pour les questions des parents et des professionnels</translation>
    </message>
    <message>
        <source>baseline odds</source>
        <translation>cote de référence</translation>
    </message>
    <message>
        <source>baseline rate</source>
        <translation>taux de référence</translation>
    </message>
    <message>
        <source>For the intercept the odds ratio column shows the baseline odds: the odds of the outcome when every predictor is at its reference level or 0. It is not an odds ratio.</source>
        <translation>Pour la constante, la colonne du rapport de cotes affiche la cote de référence&#xa0;: la cote de la variable de résultat lorsque chaque prédicteur est à sa modalité de référence ou à 0. Ce n&apos;est pas un rapport de cotes.</translation>
    </message>
    <message>
        <source>For the intercept the rate ratio column shows the baseline rate: the rate when every predictor is at its reference level or 0. It is not a rate ratio.</source>
        <translation>Pour la constante, la colonne du rapport de taux affiche le taux de référence&#xa0;: le taux lorsque chaque prédicteur est à sa modalité de référence ou à 0. Ce n&apos;est pas un rapport de taux.</translation>
    </message>
    <message>
        <source>%1
estimate (SE)</source>
        <translation>%1
estimation (ES)</translation>
    </message>
    <message>
        <source>Every site signed this result: each signed the study manifest and its masked descriptives, and every signature verified against the site&apos;s pinned key.</source>
        <translation>Chaque site a signé ce résultat&#xa0;: chacun a signé le manifeste de l&apos;étude et ses statistiques descriptives masquées, et chaque signature a été vérifiée avec la clé épinglée du site.</translation>
    </message>
    <message>
        <source>its descriptives were not signed</source>
        <translation>ses statistiques descriptives n&apos;ont pas été signées</translation>
    </message>
    <message>
        <source>Signed descriptives</source>
        <translation>Statistiques descriptives signées</translation>
    </message>
    <message>
        <source>No level of %1 could be pooled: pooling needs at least three held-out sites that released the level, so there is no chart. The table shows what each site released, and why a level was withheld.</source>
        <translation>Aucune modalité de %1 n&apos;a pu être combinée&#xa0;: la combinaison nécessite au moins trois sites exclus ayant publié la modalité&#xa0;; il n&apos;y a donc pas de graphique. Le tableau montre ce que chaque site a publié, et pourquoi une modalité a été masquée.</translation>
    </message>
    <message>
        <source>Language of the parent information sheet</source>
        <translation>Langue de la fiche d&apos;information pour les parents</translation>
    </message>
    <message>
        <source>The language the information sheet for parents is written in</source>
        <translation>La langue dans laquelle est rédigée la fiche d&apos;information pour les parents</translation>
    </message>
    <message>
        <source>Sheet &amp;language:</source>
        <translation>&amp;Langue de la fiche&#xa0;:</translation>
    </message>
    <message>
        <source>calculation</source>
        <comment>file name without extension</comment>
        <translation>calcul</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Certificate pin: %1</source>
        <translation>Empreinte épinglée du certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Node version: %1</source>
        <translation>Version du nœud&#xa0;: %1</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>Politique du site&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>%1 — variable %2</source>
        <translation>%1 — variable %2</translation>
    </message>
    <message>
        <source>Open this run&apos;s results and store its model in the workspace, read-only.</source>
        <translation>Ouvre les résultats de cette analyse et enregistre son modèle dans l&apos;espace de travail, en lecture seule.</translation>
    </message>
    <message>
        <source>Not released by %1: fewer records than the area&apos;s threshold have this value, or none; the rate is not shown.</source>
        <translation>Non diffusé par %1&#xa0;: moins d&apos;enregistrements que le seuil de la zone présentent cette valeur, voire aucun&#xa0;; le taux n&apos;est pas affiché.</translation>
    </message>
    <message>
        <source>(first level: %1)</source>
        <translation>(première modalité&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Each site describes the records whose consent covers the purpose. Choose the purpose of your analyses, so that Table 1 describes the children they used: a site refuses a cohort only a few records from one it released before.</source>
        <translation>Chaque site décrit les enregistrements dont le consentement couvre la finalité. Choisissez la finalité de vos analyses, afin que le Tableau 1 décrive les enfants qu&apos;elles ont utilisés&#xa0;: un site refuse une cohorte qui ne diffère que de quelques enregistrements d&apos;une cohorte qu&apos;il a publiée auparavant.</translation>
    </message>
    <message>
        <source>Each site counts the records whose consent covers the purpose. Choose the purpose of your analyses, so that the indicators describe the children they used: a site refuses a cohort only a few records from one it released before.</source>
        <translation>Chaque site compte les enregistrements dont le consentement couvre la finalité. Choisissez la finalité de vos analyses, afin que les indicateurs décrivent les enfants qu&apos;elles ont utilisés&#xa0;: un site refuse une cohorte qui ne diffère que de quelques enregistrements d&apos;une cohorte qu&apos;il a publiée auparavant.</translation>
    </message>
    <message>
        <source>Ask the sites</source>
        <translation>Interroger les sites</translation>
    </message>
    <message>
        <source>No site allows the purpose %1 for your tokens; choose one of: %2.</source>
        <translation>Aucun site n&apos;autorise la finalité %1 pour vos jetons&#xa0;; choisissez parmi&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Table 1: the cohort by site — purpose %1</source>
        <translation>Tableau 1&#xa0;: la cohorte par site — finalité %1</translation>
    </message>
    <message>
        <source>The fit at this site alone stopped: %1</source>
        <translation>L&apos;ajustement sur ce site seul s&apos;est arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped because %1 could not be reached.</source>
        <translation>Arrêtée car %1 n&apos;était pas accessible.</translation>
    </message>
    <message>
        <source>&amp;Histogram of</source>
        <translation>&amp;Histogramme de</translation>
    </message>
    <message>
        <source>Variable of the histogram</source>
        <translation>Variable de l&apos;histogramme</translation>
    </message>
    <message>
        <source>Pooled histogram of the chosen variable</source>
        <translation>Histogramme tous sites confondus de la variable choisie</translation>
    </message>
    <message>
        <source>About the histogram</source>
        <translation>À propos de l&apos;histogramme</translation>
    </message>
    <message>
        <source>cell edges: edges of every site&apos;s histogram (Descriptives shows them)</source>
        <translation>bornes des cellules&#xa0;: bornes de l&apos;histogramme de chaque site (visibles dans Statistiques descriptives)</translation>
    </message>
    <message>
        <source>The site&apos;s released histogram on its own edges (bins merged where its records are sparse, drawn as records per unit where they differ in width). %1 records outside %2 to %3 (its tails, which no site releases) are not drawn.</source>
        <translation>L&apos;histogramme publié par le site, sur ses propres bornes (intervalles fusionnés là où ses enregistrements sont peu nombreux, représentés en enregistrements par unité lorsque leurs largeurs diffèrent). %1 enregistrements hors de la plage %2 à %3 (ses queues de distribution, qu&apos;aucun site ne publie) ne sont pas représentés.</translation>
    </message>
    <message>
        <source>Pooled over every site on a lattice of step %1 common to all of them: a cell is counted where both its ends are edges of every site&apos;s own histogram, and only the sum was decoded. %2 records outside %3 to %4 are not drawn: each site&apos;s tails, which no site releases, and cells some site released only merged with a neighbour, where fewer than its minimum cell count of records lie.</source>
        <translation>Tous sites confondus, sur une grille de pas %1 commune à tous les sites&#xa0;: une cellule est comptée lorsque ses deux extrémités sont des bornes de l&apos;histogramme propre à chaque site, et seule la somme a été décodée. %2 enregistrements hors de la plage %3 à %4 ne sont pas représentés&#xa0;: les queues de distribution de chaque site, qu&apos;aucun site ne publie, et les cellules qu&apos;un site n&apos;a publiées que fusionnées avec une voisine, car elles contiennent moins d&apos;enregistrements que son effectif minimal par cellule.</translation>
    </message>
    <message>
        <source>Pooled from each site&apos;s released histogram on a lattice of step %1 common to all of them: a cell is counted where both its ends are edges of every site&apos;s histogram. %2 records outside %3 to %4 are not drawn (%5): each site&apos;s tails, which no site releases, and cells a site released only merged with a neighbour, where fewer than its minimum cell count of records lie.</source>
        <translation>Combiné à partir de l&apos;histogramme publié par chaque site, sur une grille de pas %1 commune à tous les sites&#xa0;: une cellule est comptée lorsque ses deux extrémités sont des bornes de l&apos;histogramme de chaque site. %2 enregistrements hors de la plage %3 à %4 ne sont pas représentés (%5)&#xa0;: les queues de distribution de chaque site, qu&apos;aucun site ne publie, et les cellules qu&apos;un site n&apos;a publiées que fusionnées avec une voisine, car elles contiennent moins d&apos;enregistrements que son effectif minimal par cellule.</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n site(s) for their histograms…</source>
        <translation>
            <numerusform>Demande des histogrammes à %n site…</numerusform>
            <numerusform>Demande des histogrammes à %n sites…</numerusform>
        </translation>
    </message>
    <message>
        <source>The sites&apos; histograms were not released (%1); the table is complete. Open Table 1 again for the histograms.</source>
        <translation>Les histogrammes des sites n&apos;ont pas été publiés (%1)&#xa0;; le tableau est complet. Rouvrez le Tableau 1 pour obtenir les histogrammes.</translation>
    </message>
    <message>
        <source>Fits at each site alone — not a study: the nodes&apos; answers are not signed</source>
        <translation>Ajustements sur chaque site séparément — pas une étude&#xa0;: les réponses des nœuds ne sont pas signées</translation>
    </message>
    <message>
        <source>Evaluation — not a study (plain mode): the nodes&apos; answers are not signed</source>
        <translation>Évaluation — pas une étude (mode en clair)&#xa0;: les réponses des nœuds ne sont pas signées</translation>
    </message>
    <message numerus="yes">
        <source>Every site also signed the %n other study(ies) of this run (%1), and every signature verified (the table below, per study).</source>
        <translation>
            <numerusform>Chaque site a également signé %n autre étude de cette analyse (%1), et toutes les signatures ont été vérifiées (détail par étude dans le tableau ci-dessous).</numerusform>
            <numerusform>Chaque site a également signé les %n autres études de cette analyse (%1), et toutes les signatures ont été vérifiées (détail par étude dans le tableau ci-dessous).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every site&apos;s signature verified in: %1 (the table below says where). Do not rely on those results before the sites&apos; administrators have looked at them.</source>
        <translation>Les signatures des sites n&apos;ont pas toutes été vérifiées dans&#xa0;: %1 (le tableau ci-dessous indique où). Ne vous fiez pas à ces résultats avant que les administrateurs des sites les aient examinés.</translation>
    </message>
    <message>
        <source>%1 — %2 study %3: every site signed it</source>
        <translation>%1 — étude %2 %3&#xa0;: signée par tous les sites</translation>
    </message>
    <message>
        <source>%1 — %2 study %3: NOT every site&apos;s signature verified</source>
        <translation>%1 — étude %2 %3&#xa0;: les signatures des sites n&apos;ont PAS toutes été vérifiées</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>masquée</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>en clair</translation>
    </message>
    <message>
        <source>Each node answered this request on its job of the fit study, over the site&apos;s pinned connection, under its release gate; only the studies above carry the nodes&apos; signatures.</source>
        <translation>Chaque nœud a répondu à cette requête dans le cadre de sa tâche de l&apos;étude d&apos;ajustement, via la connexion épinglée du site, en appliquant son contrôle de publication&#xa0;; seules les études ci-dessus portent les signatures des nœuds.</translation>
    </message>
    <message>
        <source>Signed result</source>
        <translation>Résultat signé</translation>
    </message>
    <message>
        <source>%1 is a number: give at least two cell edges, in increasing order, each an edge of every site&apos;s histogram of %1 (describe %1 to see them).</source>
        <translation>%1 est numérique&#xa0;: indiquez au moins deux bornes de cellules, par ordre croissant, chacune étant une borne de l&apos;histogramme de %1 établi par chaque site (décrivez %1 pour les voir).</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Runs are kept in a workspace, and this session has none: File ▸ New Workspace… keeps its sites and design, and every run after that.</source>
        <translation>Les analyses sont conservées dans un espace de travail, et cette session n&apos;en a aucun&#xa0;: Fichier ▸ Nouvel espace de travail… conserve ses sites et sa conception, ainsi que chaque analyse ultérieure.</translation>
    </message>
    <message>
        <source>No runs yet: Design ▸ Run on Sites… runs the design, and every run is kept here.</source>
        <translation>Aucune analyse pour l&apos;instant&#xa0;: Conception ▸ Exécuter sur les sites… exécute la conception, et chaque analyse est conservée ici.</translation>
    </message>
    <message>
        <source>AUC %1 (95% CI %2 to %3; DeLong). The model was fitted elsewhere: this is its performance on these sites&apos; records (external validation), not an apparent one.</source>
        <translation>AUC %1 (IC à 95&#xa0;% de %2 à %3&#xa0;; DeLong). Le modèle a été ajusté ailleurs&#xa0;: c&apos;est sa performance sur les enregistrements de ces sites (validation externe), non une performance apparente.</translation>
    </message>
    <message>
        <source>Apparent AUC %1 (95% CI %2 to %3; DeLong). Apparent: the model is scored on the records it was fitted on, which is optimistic; see the validation for performance at sites left out.</source>
        <translation>AUC apparente %1 (IC à 95&#xa0;% de %2 à %3&#xa0;; DeLong). Apparente&#xa0;: le modèle est évalué sur les enregistrements sur lesquels il a été ajusté, ce qui est optimiste&#xa0;; voir la validation pour la performance sur les sites laissés de côté.</translation>
    </message>
    <message>
        <source>The study was masked: pairs of records within one site are ordered exactly where the site&apos;s node released its statistic, pairs across sites are estimated from the pooled risk bins, and no bound on that estimate&apos;s error exists.</source>
        <translation>L&apos;étude était masquée&#xa0;: les paires d&apos;enregistrements d&apos;un même site sont ordonnées exactement là où le nœud du site a publié sa statistique, les paires entre sites sont estimées à partir des classes de risque regroupées, et aucune borne de l&apos;erreur de cette estimation n&apos;existe.</translation>
    </message>
    <message numerus="yes">
        <source>The study was masked: pairs of records within one site are ordered exactly at %1 of %n site(s), pairs across sites are estimated from the pooled risk bins, and no bound on that estimate&apos;s error exists.</source>
        <translation>
            <numerusform>L&apos;étude était masquée&#xa0;: les paires d&apos;enregistrements d&apos;un même site sont ordonnées exactement sur %1 de %n site, les paires entre sites sont estimées à partir des classes de risque regroupées, et aucune borne de l&apos;erreur de cette estimation n&apos;existe.</numerusform>
            <numerusform>L&apos;étude était masquée&#xa0;: les paires d&apos;enregistrements d&apos;un même site sont ordonnées exactement sur %1 de %n sites, les paires entre sites sont estimées à partir des classes de risque regroupées, et aucune borne de l&apos;erreur de cette estimation n&apos;existe.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model has no outcome: select the variable to predict in the catalogue and press Add as outcome (or drag it onto the canvas with Shift held).</source>
        <translation>Le modèle n&apos;a pas de variable de résultat&#xa0;: sélectionnez la variable à prédire dans le catalogue et cliquez sur Ajouter comme résultat (ou faites-la glisser sur le canevas en maintenant Maj enfoncée).</translation>
    </message>
    <message>
        <source>The model has no predictors: select variables in the catalogue and press Add as predictor (or drag them onto the canvas).</source>
        <translation>Le modèle n&apos;a pas de prédicteurs&#xa0;: sélectionnez des variables dans le catalogue et cliquez sur Ajouter comme prédicteur (ou faites-les glisser sur le canevas).</translation>
    </message>
    <message>
        <source>Decision curve: net benefit by risk threshold</source>
        <translation>Courbe de décision&#xa0;: bénéfice net selon le seuil de risque</translation>
    </message>
    <message>
        <source>Discrimination (ROC)</source>
        <translation>Discrimination (ROC)</translation>
    </message>
    <message>
        <source>AUC per site with 95% intervals</source>
        <translation>AUC par site avec intervalles à 95&#xa0;%</translation>
    </message>
    <message>
        <source>AUC 95% CI</source>
        <translation>IC à 95&#xa0;% de l&apos;AUC</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Fitted in one round, in closed form: there is no convergence to show.</source>
        <translation>Ajusté en un tour, sous forme close : il n&apos;y a pas de convergence à montrer.</translation>
    </message>
    <message>
        <source>The study was masked, so the sites released only the pooled AUC: the AUC cannot be compared between sites. A plain run (where the sites&apos; policies allow it) or Analyses ▸ Validate Across Sites gives one per site.</source>
        <translation>L&apos;étude était masquée : les sites n&apos;ont publié que l&apos;AUC groupée, et l&apos;AUC ne peut pas être comparée entre les sites. Une exécution simple (là où les politiques des sites l&apos;autorisent) ou Statistiques ▸ Valider sur les sites en donne une par site.</translation>
    </message>
    <message>
        <source>Every site would run this design as its earlier releases stand now. Nothing was computed. A release made before the run starts, by you or another analyst, can still make a site refuse the cohort (differencing).</source>
        <translation>Chaque site exécuterait ce modèle en l&apos;état actuel de ses publications antérieures. Rien n&apos;a été calculé. Une publication faite avant le début de l&apos;exécution, par vous ou un autre analyste, peut encore amener un site à refuser la cohorte (differencing).</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message numerus="yes">
        <source>Cohort: complete cases of %n variable(s)</source>
        <translation>
            <numerusform>Cohorte&#xa0;: cas complets de %n variable</numerusform>
            <numerusform>Cohorte&#xa0;: cas complets de %n variables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort: %n filter(s), pinned</source>
        <translation>
            <numerusform>Cohorte&#xa0;: %n filtre, épinglée</numerusform>
            <numerusform>Cohorte&#xa0;: %n filtres, épinglée</numerusform>
        </translation>
    </message>
    <message>
        <source>The cohort is pinned to the complete cases of %1 variables; the sites take at most %2: pin it to the variables of the largest model only.</source>
        <translation>La cohorte est épinglée aux cas complets de %1 variables&#xa0;; les sites en acceptent au plus %2&#xa0;: épinglez-la seulement aux variables du plus grand modèle.</translation>
    </message>
    <message>
        <source>Complete cases: a record missing any of these variables is left out, as if they were in the model. Pin the cohort to the variables of the largest model you plan, so that each model of the series uses the same records.</source>
        <translation>Cas complets&#xa0;: un enregistrement auquel manque l&apos;une de ces variables est exclu, comme si elles étaient dans le modèle. Épinglez la cohorte aux variables du plus grand modèle prévu, afin que chaque modèle de la série utilise les mêmes enregistrements.</translation>
    </message>
    <message>
        <source>Complete cases of</source>
        <translation>Cas complets de</translation>
    </message>
    <message>
        <source>variables separated by commas</source>
        <translation>variables séparées par des virgules</translation>
    </message>
    <message>
        <source>&amp;Pin to the model&apos;s variables</source>
        <translation>É&amp;pingler aux variables du modèle</translation>
    </message>
    <message>
        <source>Adds the model&apos;s outcome, predictors and offset to the complete cases.</source>
        <translation>Ajoute la variable réponse, les prédicteurs et le décalage (offset) du modèle aux cas complets.</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>&amp;Désépingler</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>a répondu</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>non signé</translation>
    </message>
    <message numerus="yes">
        <source>The masked descriptives study ended without a result: %n site(s) refused or failed.</source>
        <translation>
            <numerusform>L’étude descriptive masquée s’est terminée sans résultat&#xa0;: %n site a refusé ou échoué.</numerusform>
            <numerusform>L’étude descriptive masquée s’est terminée sans résultat&#xa0;: %n sites ont refusé ou échoué.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Funnel plot: it compares each area with the pooled rate of all, so it needs two or more areas that released this indicator; %n did.</source>
        <translation>
            <numerusform>Diagramme en entonnoir&#xa0;: il compare chaque zone au taux combiné de toutes, il lui faut donc deux zones ou plus ayant publié cet indicateur&#xa0;; %n l’a fait.</numerusform>
            <numerusform>Diagramme en entonnoir&#xa0;: il compare chaque zone au taux combiné de toutes, il lui faut donc deux zones ou plus ayant publié cet indicateur&#xa0;; %n l’ont fait.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort: the complete cases of %1 and the model&apos;s variables.</source>
        <translation>Cohorte&#xa0;: les cas complets de %1 et des variables du modèle.</translation>
    </message>
    <message>
        <source>%1, per %2</source>
        <translation>%1, par %2</translation>
    </message>
    <message>
        <source>Analysis &amp;Purpose…</source>
        <translation>&amp;Finalité de l’analyse…</translation>
    </message>
    <message>
        <source>Choose the purpose Table 1 and the dashboard ask the sites under; they keep it until the workspace closes.</source>
        <translation>Choisissez la finalité sous laquelle le Tableau 1 et le tableau de bord interrogent les sites&#xa0;; ils la gardent jusqu’à la fermeture de l’espace de travail.</translation>
    </message>
    <message numerus="yes">
        <source>Table 1: the cohort pooled over %n site(s), masked — purpose %1</source>
        <translation>
            <numerusform>Tableau 1&#xa0;: la cohorte regroupée sur %n site, masquée — finalité %1</numerusform>
            <numerusform>Tableau 1&#xa0;: la cohorte regroupée sur %n sites, masquée — finalité %1</numerusform>
        </translation>
    </message>
    <message>
        <source>In the trend, a square on the axis in an area&apos;s colour is a year the area withheld (fewer records than its threshold, or withheld to protect another cell); the line breaks there.</source>
        <translation>Dans la tendance, un carré sur l’axe à la couleur d’une zone est une année que la zone a retenue (moins d’enregistrements que son seuil, ou retenue pour protéger une autre cellule)&#xa0;; la ligne s’y interrompt.</translation>
    </message>
    <message>
        <source>natural log</source>
        <translation>logarithme naturel</translation>
    </message>
    <message>
        <source>standardised</source>
        <translation>standardisé</translation>
    </message>
    <message numerus="yes">
        <source>spline, %n knot(s)</source>
        <translation>
            <numerusform>spline, %n nœud</numerusform>
            <numerusform>spline, %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>winsorised</source>
        <translation>winsorisé</translation>
    </message>
    <message>
        <source>%1 &gt; %2</source>
        <translation>%1 &gt; %2</translation>
    </message>
    <message>
        <source>Analysis Purpose</source>
        <translation>Finalité de l’analyse</translation>
    </message>
    <message>
        <source>No site online lists a purpose for your tokens. Check the sites (F5), or ask the site administrators which purposes your tokens allow.</source>
        <translation>Aucun site en ligne n’indique de finalité pour vos jetons. Vérifiez les sites (F5) ou demandez aux administrateurs des sites quelles finalités vos jetons autorisent.</translation>
    </message>
    <message>
        <source>Table 1 and the dashboard ask the sites under this purpose until the workspace closes; each site describes the records whose consent covers it. A run or a validation asks for its own.</source>
        <translation>Le Tableau 1 et le tableau de bord interrogent les sites sous cette finalité jusqu’à la fermeture de l’espace de travail&#xa0;; chaque site décrit les enregistrements dont le consentement la couvre. Une exécution ou une validation demande la sienne.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>Table 1 and the dashboard ask under the purpose %1.</source>
        <translation>Le Tableau 1 et le tableau de bord interrogent sous la finalité %1.</translation>
    </message>
    <message>
        <source>The language of this session: en, nl, de or fr (default: Preferences ▸ Language, else the system&apos;s). Not saved.</source>
        <translation>La langue de cette session&#xa0;: en, nl, de ou fr (par défaut&#xa0;: Préférences ▸ Langue, sinon celle du système). Non enregistrée.</translation>
    </message>
    <message>
        <source>fairstart: unknown --lang &apos;%1&apos;; use one of: %2</source>
        <translation>fairstart&#xa0;: --lang &apos;%1&apos; inconnue&#xa0;; utilisez l’une de&#xa0;: %2</translation>
    </message>
    <message>
        <source>Open &amp;Model File…</source>
        <translation>Ouvrir un fichier de &amp;modèle…</translation>
    </message>
    <message>
        <source>Open a model file from the analyst in reviewer mode and use its risk calculator; no workspace or network needed.</source>
        <translation>Ouvrez un fichier de modèle de l’analyste en mode consultation et utilisez son calculateur de risque&#xa0;; ni espace de travail ni réseau nécessaires.</translation>
    </message>
    <message>
        <source>&amp;Table 1: Cohort Pooled over Sites…</source>
        <translation>&amp;Tableau 1&#xa0;: cohorte regroupée sur les sites…</translation>
    </message>
    <message numerus="yes">
        <source>Describe the design&apos;s variables pooled over the %n sites, as a masked study: no site&apos;s own numbers are released, so there is no column per site.</source>
        <translation>
            <numerusform>Décrire les variables de la conception regroupées sur le %n site, comme une étude masquée&#xa0;: aucun site ne publie ses propres chiffres, il n’y a donc pas de colonne par site.</numerusform>
            <numerusform>Décrire les variables de la conception regroupées sur les %n sites, comme une étude masquée&#xa0;: aucun site ne publie ses propres chiffres, il n’y a donc pas de colonne par site.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>Ouvrir un fichier de modèle</translation>
    </message>
    <message>
        <source>A model from the analyst: read about it and use its risk calculator, offline.</source>
        <translation>Un modèle de l’analyste&#xa0;: lisez sa description et utilisez son calculateur de risque, hors ligne.</translation>
    </message>
    <message>
        <source>Open model file</source>
        <translation>Ouvrir un fichier de modèle</translation>
    </message>
    <message>
        <source>Fairstart model (*.%1);;All files (*)</source>
        <translation>Modèle Fairstart (*.%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Published model</source>
        <comment>file name without extension</comment>
        <translation>Modèle publié</translation>
    </message>
    <message>
        <source>Could not save the model file %1: %2. Choose another folder and try again.</source>
        <translation>Impossible d’enregistrer le fichier de modèle %1&#xa0;: %2. Choisissez un autre dossier et réessayez.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose the model file (it ends in .%2).</source>
        <translation>%1 est un dossier. Choisissez le fichier de modèle (il se termine par .%2).</translation>
    </message>
    <message>
        <source>Could not open %1: %2. Check the file&apos;s name and that you may read it.</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2. Vérifiez le nom du fichier et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>%1 is not a Fairstart model file (it is far too big). Ask the analyst who published the model for its model file.</source>
        <translation>%1 n’est pas un fichier de modèle Fairstart (il est bien trop gros). Demandez le fichier de modèle à l’analyste qui a publié le modèle.</translation>
    </message>
    <message>
        <source>%1 is not a Fairstart model file, or it was cut short. Ask the analyst who published the model for its model file (reviewer mode, Save Model File).</source>
        <translation>%1 n’est pas un fichier de modèle Fairstart, ou il est tronqué. Demandez le fichier de modèle à l’analyste qui a publié le modèle (mode consultation, Enregistrer le fichier de modèle).</translation>
    </message>
    <message>
        <source>Save &amp;Model File…</source>
        <translation>Enregistrer le fichier de &amp;modèle…</translation>
    </message>
    <message>
        <source>Save this model as a file for professionals</source>
        <translation>Enregistrer ce modèle comme fichier pour les professionnels</translation>
    </message>
    <message>
        <source>%1 has no value. Type a value from %2 to %3.</source>
        <translation>%1 n’a pas de valeur. Saisissez une valeur de %2 à %3.</translation>
    </message>
    <message>
        <source>%1: %2 is not a value this calculator takes. Type a value from %3 to %4, the values the model was made for.</source>
        <translation>%1&#xa0;: %2 n’est pas une valeur que ce calculateur accepte. Saisissez une valeur de %3 à %4, les valeurs pour lesquelles le modèle a été conçu.</translation>
    </message>
    <message>
        <source>For comparison: of 100 children in the data the model was built on, about %1 had %2.</source>
        <translation>Pour comparaison&#xa0;: sur 100 enfants des données sur lesquelles le modèle a été construit, environ %1 avaient %2.</translation>
    </message>
    <message>
        <source>Calculated on %1</source>
        <translation>Calculé le %1</translation>
    </message>
    <message>
        <source>Save model file</source>
        <translation>Enregistrer le fichier de modèle</translation>
    </message>
    <message>
        <source>Fairstart model (*.%1)</source>
        <translation>Modèle Fairstart (*.%1)</translation>
    </message>
    <message>
        <source>A model file (.fairstart-model, saved in reviewer mode) to open in reviewer mode, as File ▸ Open Model File… does.</source>
        <translation>Un fichier de modèle (.fairstart-model, enregistré en mode consultation) à ouvrir en mode consultation, comme le fait Fichier ▸ Ouvrir un fichier de modèle….</translation>
    </message>
    <message>
        <source>I build models: show workspaces and sites</source>
        <translation>Je construis des modèles&#xa0;: afficher les espaces de travail et les sites</translation>
    </message>
    <message>
        <source>I only use model files: show the start page for professionals</source>
        <translation>J’utilise seulement des fichiers de modèle&#xa0;: afficher la page d’accueil des professionnels</translation>
    </message>
    <message>
        <source>Recent model files</source>
        <translation>Fichiers de modèle récents</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent model files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fichiers de modèle récents&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Fairstart&lt;/h1&gt;&lt;p&gt;Open the model file the analyst sent you: read what the model predicts and for whom, and estimate the risk of the child in front of you. What you type stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Fairstart&lt;/h1&gt;&lt;p&gt;Ouvrez le fichier de modèle que l’analyste vous a envoyé&#xa0;: lisez ce que le modèle prédit et pour qui, et estimez le risque de l’enfant que vous recevez. Ce que vous saisissez reste sur cet ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 was not opened: you did not confirm that the key it is signed with (%2) is the one your organisation published for %3. When you have checked it, open the file again.</source>
        <translation>%1 n’a pas été ouvert&#xa0;: vous n’avez pas confirmé que la clé qui l’a signé (%2) est celle que votre organisation a publiée pour %3. Quand vous l’aurez vérifiée, ouvrez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The model &lt;b&gt;%1&lt;/b&gt; is signed by &lt;b&gt;%2&lt;/b&gt; on %3, and has not been changed since.&lt;/p&gt;&lt;p&gt;No model from this signer has been opened on this computer before. Fairstart cannot know by itself whose key this is: compare the key below with the one your organisation published for this signer (on its intranet, or ask them by phone). Only if they are the same, choose &lt;i&gt;Trust and Open&lt;/i&gt;; Fairstart then remembers this signer.&lt;/p&gt;&lt;p&gt;Key: &lt;b&gt;%4&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le modèle &lt;b&gt;%1&lt;/b&gt; est signé par &lt;b&gt;%2&lt;/b&gt; le %3 et n’a pas été modifié depuis.&lt;/p&gt;&lt;p&gt;Aucun modèle de ce signataire n’a encore été ouvert sur cet ordinateur. Fairstart ne peut pas savoir seul à qui appartient cette clé&#xa0;: comparez la clé ci-dessous à celle que votre organisation a publiée pour ce signataire (sur son intranet, ou demandez-la par téléphone). Seulement si elles sont identiques, choisissez &lt;i&gt;Faire confiance et ouvrir&lt;/i&gt;&#xa0;; Fairstart retient alors ce signataire.&lt;/p&gt;&lt;p&gt;Clé&#xa0;: &lt;b&gt;%4&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Careful:&lt;/b&gt; another key was trusted for %1 before (%2). A new key can mean that %1 works from a new workspace, or that someone else signs in %1&apos;s name. Ask %1 before you trust it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Attention&#xa0;:&lt;/b&gt; une autre clé a déjà été approuvée pour %1 (%2). Une nouvelle clé peut signifier que %1 travaille depuis un nouvel espace de travail, ou que quelqu’un d’autre signe au nom de %1. Demandez à %1 avant de lui faire confiance.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Check who signed this model</source>
        <translation>Vérifiez qui a signé ce modèle</translation>
    </message>
    <message>
        <source>&amp;Trust and Open</source>
        <translation>&amp;Faire confiance et ouvrir</translation>
    </message>
    <message>
        <source>Open the workspace first: model files are signed with its key.</source>
        <translation>Ouvrez d’abord l’espace de travail&#xa0;: les fichiers de modèle sont signés avec sa clé.</translation>
    </message>
    <message>
        <source>Give the name professionals will see as the model file&apos;s signer.</source>
        <translation>Indiquez le nom que les professionnels verront comme signataire du fichier de modèle.</translation>
    </message>
    <message>
        <source>Could not make a signing key (libsodium did not start). Restart Fairstart and try again.</source>
        <translation>Impossible de créer une clé de signature (libsodium n’a pas démarré). Redémarrez Fairstart et réessayez.</translation>
    </message>
    <message>
        <source>Sign model files</source>
        <translation>Signer les fichiers de modèle</translation>
    </message>
    <message>
        <source>Model files are signed with a key of this workspace, so that professionals can tell a changed copy. Under which name will they see it? (Your name and organisation, as your colleagues know them.)</source>
        <translation>Les fichiers de modèle sont signés avec une clé de cet espace de travail, afin que les professionnels repèrent une copie modifiée. Sous quel nom la verront-ils&#xa0;? (Votre nom et votre organisation, tels que vos collègues les connaissent.)</translation>
    </message>
    <message>
        <source>No model file opened yet.</source>
        <translation>Aucun fichier de modèle ouvert pour l’instant.</translation>
    </message>
    <message>
        <source>Could not save the model file %1: the workspace&apos;s signing key is missing. Open the workspace again and try again.</source>
        <translation>Impossible d’enregistrer le fichier de modèle %1&#xa0;: la clé de signature de l’espace de travail manque. Rouvrez l’espace de travail et réessayez.</translation>
    </message>
    <message>
        <source>%1 is not signed, so nothing shows whether someone changed its numbers after the analyst saved it (a model file saved before Fairstart signed them, or one whose signature was removed). Do not use it: ask the analyst who published the model to save it again (reviewer mode, Save Model File) and to send you the new file.</source>
        <translation>%1 n’est pas signé&#xa0;: rien n’indique si quelqu’un a modifié ses chiffres après que l’analyste l’a enregistré (un fichier de modèle antérieur aux signatures de Fairstart, ou dont la signature a été retirée). Ne l’utilisez pas&#xa0;: demandez à l’analyste qui a publié le modèle de l’enregistrer à nouveau (mode consultation, Enregistrer le fichier de modèle) et de vous envoyer le nouveau fichier.</translation>
    </message>
    <message>
        <source>%1 has a damaged signature, so nothing shows who saved it or whether it was changed. Do not use it: ask the analyst who published the model for the file again.</source>
        <translation>%1 a une signature endommagée&#xa0;: rien n’indique qui l’a enregistré ni s’il a été modifié. Ne l’utilisez pas&#xa0;: redemandez le fichier à l’analyste qui a publié le modèle.</translation>
    </message>
    <message>
        <source>%1 was changed after %2 signed it on %3: its numbers or words are no longer the ones the analyst published, and risks calculated with it could be wrong. Do not use it. Ask %2 for the file again, and tell them (or your privacy officer) that this copy was changed.</source>
        <translation>%1 a été modifié après que %2 l’a signé le %3&#xa0;: ses chiffres ou ses mots ne sont plus ceux que l’analyste a publiés, et les risques calculés avec lui pourraient être faux. Ne l’utilisez pas. Redemandez le fichier à %2 et signalez-lui (ou à votre délégué à la protection des données) que cette copie a été modifiée.</translation>
    </message>
    <message>
        <source>%1 is signed by %2, but its coefficients cannot be trusted: %3. Risks calculated with it could be wrong. Do not use it; ask %2 for the file again and tell them what this message says.</source>
        <translation>%1 est signé par %2, mais ses coefficients ne sont pas fiables&#xa0;: %3. Les risques calculés avec lui pourraient être faux. Ne l’utilisez pas&#xa0;; redemandez le fichier à %2 et transmettez-lui ce message.</translation>
    </message>
    <message>
        <source>the record of the sites&apos; study does not belong to its manifest</source>
        <translation>le relevé de l’étude des sites ne correspond pas à son manifeste</translation>
    </message>
    <message>
        <source>the model&apos;s design is not the one the sites signed</source>
        <translation>la conception du modèle n’est pas celle que les sites ont signée</translation>
    </message>
    <message>
        <source>the sites&apos; study names no site</source>
        <translation>l’étude des sites ne nomme aucun site</translation>
    </message>
    <message>
        <source>site %1 did not sign the study these coefficients come from</source>
        <translation>le site %1 n’a pas signé l’étude dont proviennent ces coefficients</translation>
    </message>
    <message>
        <source>site %1&apos;s signed result does not verify</source>
        <translation>le résultat signé du site %1 ne se vérifie pas</translation>
    </message>
    <message>
        <source>the coefficients are not the ones site %1 computed and signed</source>
        <translation>les coefficients ne sont pas ceux que le site %1 a calculés et signés</translation>
    </message>
    <message>
        <source>site %1 did not sign these coefficients</source>
        <translation>le site %1 n’a pas signé ces coefficients</translation>
    </message>
    <message>
        <source>Who signed this model</source>
        <translation>Qui a signé ce modèle</translation>
    </message>
    <message>
        <source>A file professionals open with File ▸ Open Model File… to use the risk calculator, without a workspace and offline. It holds the model and these words, no records, and is signed with this workspace&apos;s key so that they can tell a changed copy.</source>
        <translation>Un fichier que les professionnels ouvrent par Fichier ▸ Ouvrir un fichier de modèle… pour utiliser le calculateur de risque, sans espace de travail et hors ligne. Il contient le modèle et ces textes, aucun enregistrement, et est signé avec la clé de cet espace de travail afin qu’ils repèrent une copie modifiée.</translation>
    </message>
    <message>
        <source>Signed by %1 on %2 (key %3); not changed since.</source>
        <translation>Signé par %1 le %2 (clé %3)&#xa0;; non modifié depuis.</translation>
    </message>
    <message numerus="yes">
        <source>The %n site(s) that computed it (%1) signed these coefficients.</source>
        <translation>
            <numerusform>Le %n site qui l’a calculé (%1) a signé ces coefficients.</numerusform>
            <numerusform>Les %n sites qui l’ont calculé (%1) ont signé ces coefficients.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file carries no signatures of the sites for its coefficients (a run from before the sites signed their results): only the analyst vouches for them.</source>
        <translation>Le fichier ne porte aucune signature des sites pour ses coefficients (une exécution antérieure aux signatures des résultats par les sites)&#xa0;: seul l’analyste s’en porte garant.</translation>
    </message>
    <message>
        <source>Fairstart checked the signature when it opened the file: a file changed after it was signed is not opened. Compare the key with the one your organisation published for %1.</source>
        <translation>Fairstart a vérifié la signature à l’ouverture du fichier&#xa0;: un fichier modifié après sa signature n’est pas ouvert. Comparez la clé à celle que votre organisation a publiée pour %1.</translation>
    </message>
    <message>
        <source>Key of site %1: %2</source>
        <translation>Clé du site %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Model Files</source>
        <translation>Fichiers de modèle</translation>
    </message>
    <message>
        <source>%1 was not opened: your organisation&apos;s list of trusted signers (%2) has an error (%3), so Fairstart cannot tell whether the key this model is signed with was revoked. Tell your administrator; &apos;fairstart --check-signers&apos; shows every error in the list.</source>
        <translation>%1 n&apos;a pas été ouvert&#xa0;: la liste des signataires de confiance de votre organisation (%2) contient une erreur (%3), donc Fairstart ne peut pas savoir si la clé qui a signé ce modèle a été révoquée. Prévenez votre administrateur&#xa0;; &apos;fairstart --check-signers&apos; affiche chaque erreur de la liste.</translation>
    </message>
    <message>
        <source>%1 was not opened: your organisation revoked the key it is signed with (%2, %3). Whoever holds that key may no longer sign models: do not use this file, nor other copies signed with that key.</source>
        <translation>%1 n&apos;a pas été ouvert&#xa0;: votre organisation a révoqué la clé qui l&apos;a signé (%2, %3). Le détenteur de cette clé ne peut plus signer de modèles&#xa0;: n&apos;utilisez ni ce fichier, ni d&apos;autres copies signées avec cette clé.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s reason: %1.</source>
        <translation>Motif de votre organisation&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Ask %1 for a newly signed file of this model (signed with their new key), or ask your administrator.</source>
        <translation>Demandez à %1 un fichier de ce modèle signé à nouveau (avec sa nouvelle clé), ou demandez à votre administrateur.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your organisation&apos;s list of trusted signers does not list this key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La liste des signataires de confiance de votre organisation ne mentionne pas cette clé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Model files from this workspace are signed by %1 with the key

%2

The first time professionals open one, Fairstart shows them this key and asks them to compare it with the one your organisation published: publish it (on the intranet, say) and tell them where, or ask your administrator to add it to the organisation&apos;s list of trusted signers. File ▸ Preferences ▸ Model Files shows the key again and copies it.</source>
        <translation>Les fichiers de modèle de cet espace de travail sont signés par %1 avec la clé

%2

La première fois que des professionnels en ouvrent un, Fairstart leur montre cette clé et leur demande de la comparer avec celle publiée par votre organisation&#xa0;: publiez-la (sur l&apos;intranet, par exemple) et dites-leur où, ou demandez à votre administrateur de l&apos;ajouter à la liste des signataires de confiance de l&apos;organisation. Fichier ▸ Préférences ▸ Fichiers de modèle affiche à nouveau la clé et la copie.</translation>
    </message>
    <message>
        <source>Signed by %1 on %2 (key %3, on your organisation&apos;s list of trusted signers); not changed since.</source>
        <translation>Signé par %1 le %2 (clé %3, sur la liste des signataires de confiance de votre organisation)&#xa0;; non modifié depuis.</translation>
    </message>
    <message>
        <source>Fairstart checked the signature when it opened the file: a file changed after it was signed is not opened. Your organisation&apos;s administrator lists this key as %1&apos;s; the file names its signer &quot;%2&quot;.</source>
        <translation>Fairstart a vérifié la signature à l&apos;ouverture du fichier&#xa0;: un fichier modifié après sa signature n&apos;est pas ouvert. L&apos;administrateur de votre organisation indique que cette clé est celle de %1&#xa0;; le fichier nomme son signataire « %2 ».</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: this is not a list of signers.</source>
        <translation>%1 dépasse 1 Mio&#xa0;: ce n&apos;est pas une liste de signataires.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;revoked&apos; without a key after it</source>
        <translation>&apos;revoked&apos; sans clé après</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key: write the key&apos;s fingerprint as the analyst&apos;s workbench shows it (eight groups of four hex digits), then the signer&apos;s name</source>
        <translation>&apos;%1&apos; n&apos;est pas une clé&#xa0;: écrivez l&apos;empreinte de la clé telle que l&apos;atelier de l&apos;analyste l&apos;affiche (huit groupes de quatre chiffres hexadécimaux), puis le nom du signataire</translation>
    </message>
    <message>
        <source>the fingerprint has %1 hex digits instead of 32 (eight groups of four): a digit or a group is missing or one too many</source>
        <translation>l&apos;empreinte a %1 chiffres hexadécimaux au lieu de 32 (huit groupes de quatre)&#xa0;: un chiffre ou un groupe manque ou est en trop</translation>
    </message>
    <message>
        <source>no name after the key: write the name professionals will see for this signer</source>
        <translation>pas de nom après la clé&#xa0;: écrivez le nom que les professionnels verront pour ce signataire</translation>
    </message>
    <message>
        <source>the key of line %1 again, under another name: keep one</source>
        <translation>de nouveau la clé de la ligne %1, sous un autre nom&#xa0;: gardez-en une</translation>
    </message>
    <message>
        <source>Your organisation&apos;s list of trusted signers</source>
        <translation>La liste des signataires de confiance de votre organisation</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Signers on your organisation&apos;s list</source>
        <translation>Signataires de la liste de votre organisation</translation>
    </message>
    <message>
        <source>Signers you trusted on this computer</source>
        <translation>Signataires auxquels vous avez fait confiance sur cet ordinateur</translation>
    </message>
    <message>
        <source>Model files of these signers open without asking. Forget one, and Fairstart asks again at its next model file.</source>
        <translation>Les fichiers de modèle de ces signataires s&apos;ouvrent sans demander. Oubliez-en un, et Fairstart demandera de nouveau à son prochain fichier de modèle.</translation>
    </message>
    <message>
        <source>Organisation&apos;s list</source>
        <translation>Liste de l&apos;organisation</translation>
    </message>
    <message>
        <source>Signers you trusted</source>
        <translation>Signataires auxquels vous faites confiance</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>Forget the selected signers</source>
        <translation>Oublier les signataires sélectionnés</translation>
    </message>
    <message>
        <source>Your signing key (this workspace)</source>
        <translation>Votre clé de signature (cet espace de travail)</translation>
    </message>
    <message>
        <source>Fingerprint of this workspace&apos;s signing key</source>
        <translation>Empreinte de la clé de signature de cet espace de travail</translation>
    </message>
    <message>
        <source>&amp;Copy Fingerprint</source>
        <translation>&amp;Copier l&apos;empreinte</translation>
    </message>
    <message>
        <source>Copies the key&apos;s fingerprint, to send to your organisation&apos;s administrator</source>
        <translation>Copie l&apos;empreinte de la clé, à envoyer à l&apos;administrateur de votre organisation</translation>
    </message>
    <message>
        <source>Copy &amp;Line for the Administrator</source>
        <translation>Copier la &amp;ligne pour l&apos;administrateur</translation>
    </message>
    <message>
        <source>Copies the line your administrator adds to the list of trusted signers: the fingerprint and your name</source>
        <translation>Copie la ligne que votre administrateur ajoute à la liste des signataires de confiance&#xa0;: l&apos;empreinte et votre nom</translation>
    </message>
    <message>
        <source>&amp;New Key…</source>
        <translation>&amp;Nouvelle clé…</translation>
    </message>
    <message>
        <source>Makes a new key for this workspace&apos;s model files, for when the old one was revoked or may have been copied</source>
        <translation>Crée une nouvelle clé pour les fichiers de modèle de cet espace de travail, lorsque l&apos;ancienne a été révoquée ou a pu être copiée</translation>
    </message>
    <message>
        <source>There is no list at %1: the first time you open a signer&apos;s model file, Fairstart shows you its key to compare with the one your organisation published.</source>
        <translation>Il n&apos;y a pas de liste à %1&#xa0;: la première fois que vous ouvrez un fichier de modèle d&apos;un signataire, Fairstart vous montre sa clé pour la comparer avec celle publiée par votre organisation.</translation>
    </message>
    <message>
        <source>%1 has an error, so no model file opens until your administrator corrects it:
%2</source>
        <translation>%1 contient une erreur, donc aucun fichier de modèle ne s&apos;ouvre tant que votre administrateur ne l&apos;a pas corrigée&#xa0;:
%2</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>de confiance</translation>
    </message>
    <message>
        <source>Line %1 of %2</source>
        <translation>Ligne %1 de %2</translation>
    </message>
    <message>
        <source>%1 (installed by your administrator): model files of its trusted signers open without asking, those of revoked keys never open. %2 trusted, %3 revoked.</source>
        <translation>%1 (installée par votre administrateur)&#xa0;: les fichiers de modèle de ses signataires de confiance s&apos;ouvrent sans demander, ceux des clés révoquées jamais. %2 de confiance, %3 révoquées.</translation>
    </message>
    <message>
        <source>revoked: its files no longer open</source>
        <translation>révoquée&#xa0;: ses fichiers ne s&apos;ouvrent plus</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>This workspace has no key for model files yet: it makes one at its first Save Model File (reviewer mode).</source>
        <translation>Cet espace de travail n&apos;a pas encore de clé pour les fichiers de modèle&#xa0;: il en crée une au premier Enregistrer le fichier de modèle (mode consultation).</translation>
    </message>
    <message>
        <source>Model files from this workspace are signed by %1 with the key below. Give it to your organisation&apos;s administrator (read it out, or copy it), so that they add it to the list of trusted signers and professionals&apos; workbenches open your model files without asking.</source>
        <translation>Les fichiers de modèle de cet espace de travail sont signés par %1 avec la clé ci-dessous. Donnez-la à l&apos;administrateur de votre organisation (lisez-la à voix haute, ou copiez-la), pour qu&apos;il l&apos;ajoute à la liste des signataires de confiance et que les ateliers des professionnels ouvrent vos fichiers de modèle sans demander.</translation>
    </message>
    <message>
        <source>New signing key</source>
        <translation>Nouvelle clé de signature</translation>
    </message>
    <message>
        <source>Check the organisation&apos;s list of trusted signers of model files (FAIRSTART_TRUSTED_SIGNERS, else %1), print what it holds and every error, then quit: for the administrator who edits it.</source>
        <translation>Vérifier la liste des signataires de confiance des fichiers de modèle de l&apos;organisation (FAIRSTART_TRUSTED_SIGNERS, sinon %1), afficher son contenu et chaque erreur, puis quitter&#xa0;: pour l&apos;administrateur qui la modifie.</translation>
    </message>
    <message>
        <source>fairstart: there is no list of trusted signers at %1 (FAIRSTART_TRUSTED_SIGNERS chooses another file).</source>
        <translation>fairstart&#xa0;: il n&apos;y a pas de liste de signataires de confiance à %1 (FAIRSTART_TRUSTED_SIGNERS choisit un autre fichier).</translation>
    </message>
    <message>
        <source>line %1: %2 %3  %4</source>
        <translation>ligne %1&#xa0;: %2 %3  %4</translation>
    </message>
    <message numerus="yes">
        <source>fairstart: %n error(s): no model file opens on this computer until they are corrected.</source>
        <translation>
            <numerusform>fairstart&#xa0;: %n erreur&#xa0;: aucun fichier de modèle ne s&apos;ouvre sur cet ordinateur tant qu&apos;elle n&apos;est pas corrigée.</numerusform>
            <numerusform>fairstart&#xa0;: %n erreurs&#xa0;: aucun fichier de modèle ne s&apos;ouvre sur cet ordinateur tant qu&apos;elles ne sont pas corrigées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n signer(s), no errors.</source>
        <translation>
            <numerusform>%1&#xa0;: %n signataire, aucune erreur.</numerusform>
            <numerusform>%1&#xa0;: %n signataires, aucune erreur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys this workspace signed with before New Key… replaced them. Files signed with them keep them. If someone else may have one of these keys, ask your administrator to revoke it: send them its revocation line.</source>
        <translation>Clés avec lesquelles cet espace de travail signait avant que Nouvelle clé… ne les remplace. Les fichiers signés avec elles les gardent. Si quelqu’un d’autre peut avoir l’une de ces clés, demandez à votre administrateur de la révoquer : envoyez-lui sa ligne de révocation.</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Remplacée</translation>
    </message>
    <message>
        <source>Earlier signing keys of this workspace</source>
        <translation>Clés de signature précédentes de cet espace de travail</translation>
    </message>
    <message>
        <source>Copy &amp;Revocation Line</source>
        <translation>Copier la ligne de &amp;révocation</translation>
    </message>
    <message>
        <source>Copies the line with which your administrator revokes the selected key in the list of trusted signers</source>
        <translation>Copie la ligne avec laquelle votre administrateur révoque la clé choisie dans la liste des signataires de confiance</translation>
    </message>
    <message>
        <source>replaced on %1</source>
        <translation>remplacée le %1</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>non listée</translation>
    </message>
    <message>
        <source>trusted: ask to revoke it</source>
        <translation>de confiance : demandez sa révocation</translation>
    </message>
    <message>
        <source>Signed as %1</source>
        <translation>Signé en tant que %1</translation>
    </message>
    <message>
        <source>Make a new key for this workspace&apos;s model files?

Model files you save from now on are signed with the new key; files you signed before keep the old one. Give the new key&apos;s fingerprint to your administrator, and ask them to revoke the old key if someone else may have it. The old key cannot be brought back; its fingerprint stays listed here, with the line that revokes it.</source>
        <translation>Créer une nouvelle clé pour les fichiers de modèle de cet espace de travail ?

Les fichiers de modèle que vous enregistrez désormais sont signés avec la nouvelle clé ; ceux que vous avez signés avant gardent l’ancienne. Donnez l’empreinte de la nouvelle clé à votre administrateur et demandez-lui de révoquer l’ancienne si quelqu’un d’autre peut l’avoir. L’ancienne clé ne peut pas être récupérée ; son empreinte reste listée ici, avec la ligne qui la révoque.</translation>
    </message>
</context>
<context>
    <name>Fairstart::Workspace</name>
    <message>
        <source>an unencrypted SQLite database</source>
        <translation>une base de données SQLite non chiffrée</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <source>a ZIP archive or office document</source>
        <translation>une archive ZIP ou un document bureautique</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>une archive gzip</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>un fichier texte</translation>
    </message>
    <message>
        <source>The workspace is in use by another Fairstart window or program. Close it there and try again.</source>
        <translation>L&apos;espace de travail est utilisé par une autre fenêtre ou un autre programme Fairstart. Fermez-le dans cette fenêtre ou ce programme, puis réessayez.</translation>
    </message>
    <message>
        <source>The workspace file is damaged (%1). Nothing was changed; open a backup copy.</source>
        <translation>Le fichier de l&apos;espace de travail est endommagé (%1). Rien n&apos;a été modifié&#xa0;; ouvrez une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and try again.</source>
        <translation>Le disque est plein&#xa0;: la modification n&apos;a donc pas été enregistrée. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The workspace file could not be written or read (%1). Check that the disk is available and writable, then try again.</source>
        <translation>Le fichier de l&apos;espace de travail n&apos;a pas pu être écrit ou lu (%1). Vérifiez que le disque est disponible et accessible en écriture, puis réessayez.</translation>
    </message>
    <message>
        <source>Unexpected database error: %1. The change was not saved; please report this.</source>
        <translation>Erreur inattendue de la base de données&#xa0;: %1. La modification n&apos;a pas été enregistrée&#xa0;; merci de signaler ce problème.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name: a new workspace never replaces a file.</source>
        <translation>%1 existe déjà. Choisissez un autre nom&#xa0;: un nouvel espace de travail ne remplace jamais un fichier.</translation>
    </message>
    <message>
        <source>%1 exists beside the new workspace and would be mistaken for its journal. Move it away or choose another name.</source>
        <translation>%1 existe à côté du nouvel espace de travail et serait pris pour son fichier journal. Déplacez-le ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder.</source>
        <translation>Le dossier %1 n&apos;existe pas. Choisissez un dossier existant.</translation>
    </message>
    <message>
        <source>The passphrase is empty. Choose a passphrase to encrypt the workspace with.</source>
        <translation>La phrase secrète est vide. Choisissez une phrase secrète pour chiffrer l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The cryptography library could not start. Please report this.</source>
        <translation>La bibliothèque de chiffrement n&apos;a pas pu démarrer. Merci de signaler ce problème.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the encryption key (64 MiB are needed). Close other programs and try again.</source>
        <translation>Mémoire insuffisante pour dériver la clé de chiffrement (64 MiB sont nécessaires). Fermez d&apos;autres programmes et réessayez.</translation>
    </message>
    <message>
        <source>Could not create a file in %1 (%2). Check that the folder is writable.</source>
        <translation>Impossible de créer un fichier dans %1 (%2). Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>%1 appeared while the workspace was being created. Choose another name.</source>
        <translation>%1 est apparu pendant la création de l&apos;espace de travail. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>There is no file at %1. Check the name and folder.</source>
        <translation>Il n&apos;y a aucun fichier à l&apos;emplacement %1. Vérifiez le nom et le dossier.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Fairstart workspace. Choose a .fairstart file.</source>
        <translation>%1 est un dossier, pas un espace de travail Fairstart. Choisissez un fichier .fairstart.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). Check its permissions.</source>
        <translation>%1 ne peut pas être lu (%2). Vérifiez ses droits d&apos;accès.</translation>
    </message>
    <message>
        <source>%1 is empty, so it is not a Fairstart workspace. Choose another file; this one was not changed.</source>
        <translation>%1 est vide&#xa0;: ce n&apos;est donc pas un espace de travail Fairstart. Choisissez un autre fichier&#xa0;; celui-ci n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is %2, not a Fairstart workspace. Choose a .fairstart file; this one was not changed.</source>
        <translation>%1 est %2, pas un espace de travail Fairstart. Choisissez un fichier .fairstart&#xa0;; celui-ci n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is too small to be a Fairstart workspace. Choose a .fairstart file; this one was not changed.</source>
        <translation>%1 est trop petit pour être un espace de travail Fairstart. Choisissez un fichier .fairstart&#xa0;; celui-ci n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated, or not a Fairstart workspace: its size is not a whole number of pages. It was not changed; open a backup copy.</source>
        <translation>%1 est endommagé ou tronqué, ou n&apos;est pas un espace de travail Fairstart&#xa0;: sa taille ne correspond pas à un nombre entier de pages. Il n&apos;a pas été modifié&#xa0;; ouvrez une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is read-only. Copy it to a folder where you can write, or change its permissions, then open it again.</source>
        <translation>%1 est en lecture seule. Copiez-le dans un dossier où vous pouvez écrire, ou modifiez ses droits d&apos;accès, puis rouvrez-le.</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2). Check that it exists and is readable and writable.</source>
        <translation>%1 n&apos;a pas pu être ouvert (%2). Vérifiez qu&apos;il existe et qu&apos;il est accessible en lecture et en écriture.</translation>
    </message>
    <message>
        <source>The encryption key could not be set (%1). Please report this.</source>
        <translation>La clé de chiffrement n&apos;a pas pu être définie (%1). Merci de signaler ce problème.</translation>
    </message>
    <message>
        <source>The passphrase does not open %1. Check it (and the keyboard layout) and try again; the file was not changed. If you are sure of the passphrase, the file is damaged or not a workspace: open a backup copy.</source>
        <translation>La phrase secrète n&apos;ouvre pas %1. Vérifiez-la (ainsi que la disposition du clavier) et réessayez&#xa0;; le fichier n&apos;a pas été modifié. Si la phrase secrète est bien la bonne, le fichier est endommagé ou n&apos;est pas un espace de travail&#xa0;: ouvrez une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is an encrypted database, but not a Fairstart workspace. Choose a .fairstart file; this one was not changed.</source>
        <translation>%1 est une base de données chiffrée, mais pas un espace de travail Fairstart. Choisissez un fichier .fairstart&#xa0;; celui-ci n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Fairstart (workspace version %2; this Fairstart reads up to version %3). Update Fairstart to open it; the file was not changed.</source>
        <translation>%1 a été créé par une version plus récente de Fairstart (version d&apos;espace de travail %2&#xa0;; cette version de Fairstart lit jusqu&apos;à la version %3). Mettez Fairstart à jour pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is a Fairstart workspace without a schema version, so it is damaged. It was not changed; open a backup copy.</source>
        <translation>%1 est un espace de travail Fairstart sans version de schéma&#xa0;: il est donc endommagé. Il n&apos;a pas été modifié&#xa0;; ouvrez une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>The file is empty. Choose a .fsmodel file exported by Fairstart.</source>
        <translation>Le fichier est vide. Choisissez un fichier .fsmodel exporté par Fairstart.</translation>
    </message>
    <message>
        <source>The file is not valid JSON at %1: %2. Fix it or export the model again.</source>
        <translation>Le fichier n&apos;est pas du JSON valide (%1)&#xa0;: %2. Corrigez-le ou exportez à nouveau le modèle.</translation>
    </message>
    <message>
        <source>The file holds a JSON array, but a .fsmodel file is one JSON object. Choose a .fsmodel file exported by Fairstart.</source>
        <translation>Le fichier contient un tableau JSON, alors qu&apos;un fichier .fsmodel est un objet JSON. Choisissez un fichier .fsmodel exporté par Fairstart.</translation>
    </message>
    <message>
        <source>The file holds a single JSON value, but a .fsmodel file is one JSON object. Choose a .fsmodel file exported by Fairstart.</source>
        <translation>Le fichier contient une seule valeur JSON, alors qu&apos;un fichier .fsmodel est un objet JSON. Choisissez un fichier .fsmodel exporté par Fairstart.</translation>
    </message>
    <message>
        <source>The field &quot;format&quot; is missing, so this is not a .fsmodel file. Choose a file exported by Fairstart.</source>
        <translation>Le champ &quot;format&quot; est absent&#xa0;: ce n&apos;est donc pas un fichier .fsmodel. Choisissez un fichier exporté par Fairstart.</translation>
    </message>
    <message>
        <source>The field &quot;format&quot; should be &quot;%1&quot;. This is not a .fsmodel file; choose a file exported by Fairstart.</source>
        <translation>Le champ &quot;format&quot; devrait valoir &quot;%1&quot;. Ce n&apos;est pas un fichier .fsmodel&#xa0;; choisissez un fichier exporté par Fairstart.</translation>
    </message>
    <message>
        <source>The field &quot;formatVersion&quot; must be a whole number from 1. Export the model again.</source>
        <translation>Le champ &quot;formatVersion&quot; doit être un nombre entier à partir de 1. Exportez à nouveau le modèle.</translation>
    </message>
    <message>
        <source>The model was exported by a newer Fairstart (format version %1; this Fairstart reads up to version %2). Update Fairstart to import it.</source>
        <translation>Le modèle a été exporté par une version plus récente de Fairstart (version de format %1&#xa0;; cette version de Fairstart lit jusqu&apos;à la version %2). Mettez Fairstart à jour pour l&apos;importer.</translation>
    </message>
    <message>
        <source>The field &quot;name&quot; must be a non-empty text. Add the model&apos;s name to the file or export it again.</source>
        <translation>Le champ &quot;name&quot; doit être un texte non vide. Ajoutez le nom du modèle dans le fichier ou exportez-le à nouveau.</translation>
    </message>
    <message>
        <source>The field &quot;name&quot; is longer than %1 characters. Shorten it.</source>
        <translation>Le champ &quot;name&quot; dépasse %1 caractères. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>The field &quot;design&quot; must be a JSON object holding the model design. Export the model again.</source>
        <translation>Le champ &quot;design&quot; doit être un objet JSON contenant la conception du modèle. Exportez à nouveau le modèle.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2). Choose a folder where you can write.</source>
        <translation>Impossible d&apos;écrire %1 (%2). Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>%1 could not be saved (%2). Check the free space and try again.</source>
        <translation>Impossible d&apos;enregistrer %1 (%2). Vérifiez l&apos;espace disponible et réessayez.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). Check the name and permissions.</source>
        <translation>Impossible de lire %1 (%2). Vérifiez le nom et les droits d&apos;accès.</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB, far more than a model design needs. Choose a .fsmodel file exported by Fairstart.</source>
        <translation>%1 dépasse 16 MiB, bien plus que ce dont une conception de modèle a besoin. Choisissez un fichier .fsmodel exporté par Fairstart.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The workspace is locked or closed. Unlock it with its passphrase and try again.</source>
        <translation>L&apos;espace de travail est verrouillé ou fermé. Déverrouillez-le avec sa phrase secrète et réessayez.</translation>
    </message>
    <message>
        <source>There is no design %1 in this workspace; it may have been deleted. Refresh the list.</source>
        <translation>Il n&apos;y a pas de conception %1 dans cet espace de travail&#xa0;; elle a peut-être été supprimée. Actualisez la liste.</translation>
    </message>
    <message>
        <source>There is no run %1 in this workspace. Refresh the list.</source>
        <translation>Il n&apos;y a pas d&apos;analyse %1 dans cet espace de travail. Actualisez la liste.</translation>
    </message>
    <message>
        <source>The site name is empty. Enter a name.</source>
        <translation>Le nom du site est vide. Saisissez un nom.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; of site %2 is not a web address. Enter it as the node administrator gave it, e.g. https://node.example.org:8443.</source>
        <translation>L&apos;adresse « %1 » du site %2 n&apos;est pas une adresse web. Saisissez-la telle que l&apos;administrateur du nœud vous l&apos;a donnée, par ex. https://node.example.org:8443.</translation>
    </message>
    <message>
        <source>The new passphrase is empty. Choose a passphrase; the old one still applies.</source>
        <translation>La nouvelle phrase secrète est vide. Choisissez une phrase secrète&#xa0;; l&apos;ancienne reste valable.</translation>
    </message>
    <message>
        <source>The current passphrase is not right, so the passphrase was not changed. Enter the passphrase you opened the workspace with.</source>
        <translation>La phrase secrète actuelle est incorrecte&#xa0;: la phrase secrète n&apos;a donc pas été changée. Saisissez la phrase secrète avec laquelle vous avez ouvert l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The design name is empty. Enter a name.</source>
        <translation>Le nom de la conception est vide. Saisissez un nom.</translation>
    </message>
    <message>
        <source>Design %1 has no version %2. Choose a version from its history.</source>
        <translation>La conception %1 n&apos;a pas de version %2. Choisissez une version dans son historique.</translation>
    </message>
    <message>
        <source>A design called &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Une conception nommée « %1 » existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>A run needs at least one site. Choose the sites to run at.</source>
        <translation>Une analyse nécessite au moins un site. Choisissez les sites sur lesquels l&apos;exécuter.</translation>
    </message>
    <message>
        <source>Run %1 was not started at site &quot;%2&quot;. Check the site name.</source>
        <translation>L&apos;analyse %1 n&apos;a pas été lancée sur le site « %2 ». Vérifiez le nom du site.</translation>
    </message>
    <message>
        <source>A model of run %1 has been published, so its result can no longer change. Start a new run instead.</source>
        <translation>Un modèle de l&apos;analyse %1 a été publié&#xa0;: son résultat ne peut donc plus changer. Lancez plutôt une nouvelle analyse.</translation>
    </message>
    <message>
        <source>The model name is empty. Enter a name.</source>
        <translation>Le nom du modèle est vide. Saisissez un nom.</translation>
    </message>
    <message>
        <source>Run %1 has no result yet, so there is no model to publish. Wait for the run to finish.</source>
        <translation>L&apos;analyse %1 n&apos;a pas encore de résultat&#xa0;: il n&apos;y a donc aucun modèle à publier. Attendez la fin de l&apos;analyse.</translation>
    </message>
    <message>
        <source>A site called &quot;%1&quot; already exists. Choose another name or edit that site.</source>
        <translation>Un site nommé « %1 » existe déjà. Choisissez un autre nom ou modifiez ce site.</translation>
    </message>
    <message>
        <source>A site called &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Un site nommé « %1 » existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The setting name is empty.</source>
        <translation>Le nom du réglage est vide.</translation>
    </message>
    <message>
        <source>Request log entry %1 is missing: the log was altered. Keep this workspace as evidence and tell your security contact.</source>
        <translation>L&apos;entrée %1 du journal des requêtes est manquante&#xa0;: le journal a été modifié. Conservez cet espace de travail comme preuve et prévenez votre contact sécurité.</translation>
    </message>
    <message>
        <source>Request log entry %1 does not follow entry %2: entries were removed, inserted or reordered. Keep this workspace as evidence and tell your security contact.</source>
        <translation>L&apos;entrée %1 du journal des requêtes ne suit pas l&apos;entrée %2&#xa0;: des entrées ont été supprimées, insérées ou réordonnées. Conservez cet espace de travail comme preuve et prévenez votre contact sécurité.</translation>
    </message>
    <message>
        <source>Request log entry %1 was changed after it was written. Keep this workspace as evidence and tell your security contact.</source>
        <translation>L&apos;entrée %1 du journal des requêtes a été modifiée après son écriture. Conservez cet espace de travail comme preuve et prévenez votre contact sécurité.</translation>
    </message>
    <message>
        <source>The newest request log entries were removed (the log should end after a different entry than %1). Keep this workspace as evidence and tell your security contact.</source>
        <translation>Les entrées les plus récentes du journal des requêtes ont été supprimées (le journal devrait se terminer après une autre entrée que %1). Conservez cet espace de travail comme preuve et prévenez votre contact sécurité.</translation>
    </message>
    <message>
        <source>There is no site &quot;%1&quot; in this workspace. Refresh the list.</source>
        <translation>Il n&apos;y a pas de site &quot;%1&quot; dans cet espace de travail. Actualisez la liste.</translation>
    </message>
    <message>
        <source>Site %1 presents other study keys than the ones recorded for it; they were not replaced. Confirm the new keys with the site&apos;s administrator, then accept them in the Sites panel.</source>
        <translation>Le site %1 présente d&apos;autres clés d&apos;étude que celles enregistrées pour lui&#xa0;; elles n&apos;ont pas été remplacées. Confirmez les nouvelles clés avec l&apos;administrateur du site, puis acceptez-les dans le panneau Sites.</translation>
    </message>
    <message>
        <source>The study keys of site %1 are not an Ed25519 and an X25519 public key (base64 of 32 bytes each); nothing was recorded. Check the site again.</source>
        <translation>Les clés d&apos;étude du site %1 ne sont pas une clé publique Ed25519 et une clé publique X25519 (base64 de 32 octets chacune)&#xa0;; rien n&apos;a été enregistré. Vérifiez le site de nouveau.</translation>
    </message>
    <message>
        <source>The study keys recorded for site %1 changed since they were shown to you; nothing was replaced. Check the site again and compare the fingerprints once more.</source>
        <translation>Les clés d&apos;étude enregistrées pour le site %1 ont changé depuis qu&apos;elles vous ont été montrées&#xa0;; rien n&apos;a été remplacé. Vérifiez le site de nouveau et comparez encore une fois les empreintes.</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>Together with earlier releases from this dataset (by any user, for any purpose), these category counts would single out a group of fewer than %1 records. Describe and fit one cohort (the same filters and complete cases), or leave this variable out.</source>
        <translation>Combinés aux publications antérieures de ce jeu de données (par tout utilisateur, pour toute finalité), ces effectifs par catégorie isoleraient un groupe de moins de %1 enregistrements. Décrivez et ajustez une seule et même cohorte (mêmes filtres et mêmes cas complets), ou retirez cette variable.</translation>
    </message>
    <message>
        <source>This dataset&apos;s differencing ledger is full (%1 %2): the node releases nothing that would refine it further. Use cohorts and variables already released, or ask the site administrator.</source>
        <translation>Le registre de différenciation de ce jeu de données est plein (%1 %2)&#xa0;: le nœud ne publie plus rien qui l&apos;affinerait davantage. Utilisez des cohortes et des variables déjà publiées, ou adressez-vous à l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>No combination of this release with earlier ones singles out fewer than %1 records.</source>
        <translation>Aucune combinaison de cette publication avec les précédentes n&apos;isole moins de %1 enregistrements.</translation>
    </message>
    <message>
        <source>The request cannot be computed on this site&apos;s records. The node does not say which record, variable or value is the cause, because that would describe the records. Check the design against the catalogue (levels, transforms, the outcome&apos;s type) or ask the site administrator.</source>
        <translation>La requête ne peut pas être calculée sur les enregistrements de ce site. Le nœud n&apos;indique pas quel enregistrement, quelle variable ou quelle valeur en est la cause, car cela décrirait les enregistrements. Vérifiez la conception par rapport au catalogue (modalités, transformations, type de la variable de résultat) ou adressez-vous à l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>Fewer than %1 records of the cohort miss this variable, so its summary would reveal them. Add it to completeCases.</source>
        <translation>Moins de %1 enregistrements de la cohorte n&apos;ont pas de valeur pour cette variable&#xa0;: son résumé les révélerait. Ajoutez-la à completeCases.</translation>
    </message>
    <message>
        <source>Even one bin holding every record has fewer than %1 records of an outcome class.</source>
        <translation>Même un intervalle unique regroupant tous les enregistrements compte moins de %1 enregistrements dans une classe de résultat.</translation>
    </message>
    <message>
        <source>the passphrase is never taken from the command line (it would show in the process list and the shell history); set FAIRSTART_NODE_PASSPHRASE or use --passphrase-file FILE.</source>
        <translation>la phrase secrète n&apos;est jamais lue sur la ligne de commande (elle apparaîtrait dans la liste des processus et dans l&apos;historique du shell)&#xa0;; définissez FAIRSTART_NODE_PASSPHRASE ou utilisez --passphrase-file FILE.</translation>
    </message>
    <message>
        <source>the new passphrase is never taken from the command line (it would show in the process list and the shell history); set FAIRSTART_NODE_NEW_PASSPHRASE or use --new-passphrase-file FILE.</source>
        <translation>la nouvelle phrase secrète n&apos;est jamais lue sur la ligne de commande (elle apparaîtrait dans la liste des processus et dans l&apos;historique du shell)&#xa0;; définissez FAIRSTART_NODE_NEW_PASSPHRASE ou utilisez --new-passphrase-file FILE.</translation>
    </message>
    <message>
        <source>A numeric variable (%1) is filtered by a minimum and a maximum, not by a list of values: a list could select single records. Give bounds at the edges of the node&apos;s histogram of %1.</source>
        <translation>Une variable numérique (%1) se filtre par un minimum et un maximum, pas par une liste de valeurs&#xa0;: une liste pourrait sélectionner des enregistrements isolés. Choisissez les bornes parmi celles de l&apos;histogramme de %1 établi par le nœud.</translation>
    </message>
    <message>
        <source>The variable %1 holds too few distinct records at this site for a filter on it (the node&apos;s histogram of it has no edges). Filter by another variable, or leave this filter out at this site.</source>
        <translation>La variable %1 compte trop peu d&apos;enregistrements distincts sur ce site pour qu&apos;on puisse la filtrer (l&apos;histogramme qu&apos;en établit le nœud n&apos;a aucune borne). Filtrez selon une autre variable, ou retirez ce filtre pour ce site.</translation>
    </message>
    <message>
        <source>Bounds of a numeric filter must be edges of the node&apos;s histogram of %1 (describe %1 to see them), so that a refusal never tells where a record&apos;s value lies.</source>
        <translation>Les bornes d&apos;un filtre numérique doivent être choisies parmi celles de l&apos;histogramme de %1 établi par le nœud (décrivez %1 pour les voir), afin qu&apos;un refus n&apos;indique jamais où se situe la valeur d&apos;un enregistrement.</translation>
    </message>
    <message>
        <source>The minimum %1 of the filter on %2 is not allowed.</source>
        <translation>Le minimum %1 du filtre sur %2 n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source> A maximum cannot be the highest edge: the records above it could be too few to leave out.</source>
        <translation> Un maximum ne peut pas être la borne la plus haute&#xa0;: les enregistrements situés au-dessus pourraient être trop peu nombreux pour être exclus.</translation>
    </message>
    <message>
        <source>The maximum %1 of the filter on %2 is not allowed.</source>
        <translation>Le maximum %1 du filtre sur %2 n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>The filter on %1 needs a minimum below its maximum, at two different edges of the node&apos;s histogram of %1.</source>
        <translation>Le filtre sur %1 nécessite un minimum inférieur à son maximum, situés sur deux bornes différentes de l&apos;histogramme de %1 établi par le nœud.</translation>
    </message>
    <message>
        <source>Winsor bounds and an outcome threshold on a numeric variable must be edges of the node&apos;s histogram of %1 (describe %1 to see them; an upper bound or a threshold not its highest edge), so that a refusal never tells where a record&apos;s value lies.</source>
        <translation>Les bornes de winsorisation et un seuil définissant la variable de résultat à partir d&apos;une variable numérique doivent être choisis parmi les bornes de l&apos;histogramme de %1 établi par le nœud (décrivez %1 pour les voir&#xa0;; une borne supérieure ou un seuil ne peut pas être sa borne la plus haute), afin qu&apos;un refus n&apos;indique jamais où se situe la valeur d&apos;un enregistrement.</translation>
    </message>
    <message>
        <source>The variable %1 holds too few distinct records at this site for a bound, threshold or knot on it (the node&apos;s histogram of it has too few edges). Leave the transform out at this site.</source>
        <translation>La variable %1 compte trop peu d&apos;enregistrements distincts sur ce site pour y placer une borne, un seuil ou un nœud de spline (l&apos;histogramme qu&apos;en établit le nœud a trop peu de bornes). Retirez la transformation pour ce site.</translation>
    </message>
    <message>
        <source> A bound cannot be the highest edge: the records above it could be too few.</source>
        <translation> Une borne ne peut pas être la borne la plus haute&#xa0;: les enregistrements situés au-dessus pourraient être trop peu nombreux.</translation>
    </message>
    <message>
        <source>The bound %1 of winsor(%2, …) is not allowed.</source>
        <translation>La borne %1 de winsor(%2, …) n&apos;est pas autorisée.</translation>
    </message>
    <message>
        <source>winsor(%1, …) needs a lower bound below its upper bound, at two different edges of the node&apos;s histogram of %1.</source>
        <translation>winsor(%1, …) nécessite une borne inférieure plus petite que sa borne supérieure, situées sur deux bornes différentes de l&apos;histogramme de %1 établi par le nœud.</translation>
    </message>
    <message>
        <source> A threshold cannot be the highest edge: the records above it could be too few.</source>
        <translation> Un seuil ne peut pas être la borne la plus haute&#xa0;: les enregistrements situés au-dessus pourraient être trop peu nombreux.</translation>
    </message>
    <message>
        <source>The outcome threshold %1 of %2 is not allowed.</source>
        <translation>Le seuil %1 appliqué à %2 pour définir la variable de résultat n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>Together with earlier releases from this dataset (by any user, for any purpose), this cohort would single out a group of fewer than %1 records. Use the same cohort as before (the same purpose, filters and complete cases: another purpose&apos;s consent selects other records), or one that differs from every earlier one by at least %1 records.</source>
        <translation>Combinée aux publications antérieures de ce jeu de données (par tout utilisateur, pour toute finalité), cette cohorte isolerait un groupe de moins de %1 enregistrements. Utilisez la même cohorte qu&apos;auparavant (même finalité, mêmes filtres et mêmes cas complets&#xa0;: le consentement d&apos;une autre finalité sélectionne d&apos;autres enregistrements), ou une cohorte qui diffère de chacune des précédentes d&apos;au moins %1 enregistrements.</translation>
    </message>
    <message>
        <source>A trend&apos;s period must be a variable of whole units such as a year of birth: this dataset&apos;s values of the period variable span more than %1 periods of one unit. Choose a year variable as the period.</source>
        <translation>La période d&apos;une tendance doit être une variable en unités entières, comme l&apos;année de naissance&#xa0;: dans ce jeu de données, les valeurs de la variable de période s&apos;étendent sur plus de %1 périodes d&apos;une unité. Choisissez une variable d&apos;année comme période.</translation>
    </message>
    <message>
        <source> A knot cannot be the highest edge: the records above it could be too few.</source>
        <translation> Un nœud ne peut pas être la borne la plus haute&#xa0;: les enregistrements situés au-dessus pourraient être trop peu nombreux.</translation>
    </message>
    <message>
        <source>The knot %1 of the spline of %2 is not allowed.</source>
        <translation>Le nœud %1 de la spline de %2 n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>Spline knots must be edges of the node&apos;s histogram of %1 (from %2 to below %3; describe %1 to see them, or let the client place the knots on the edges every site shares), so that a refusal never tells where a record&apos;s value lies.</source>
        <translation>Les nœuds de spline doivent être choisis parmi les bornes de l&apos;histogramme de %1 établi par le nœud (de %2 inclus à %3 exclu&#xa0;; décrivez %1 pour les voir, ou laissez le client placer les nœuds sur les bornes communes à tous les sites), afin qu&apos;un refus n&apos;indique jamais où se situe la valeur d&apos;un enregistrement.</translation>
    </message>
    <message>
        <source>The variable %1 holds too few distinct records at this site for subgroup cells by it (the node&apos;s histogram of it has no edges). Choose another subgroup variable.</source>
        <translation>La variable %1 compte trop peu d&apos;enregistrements distincts sur ce site pour définir des cellules de sous-groupe (l&apos;histogramme qu&apos;en établit le nœud n&apos;a aucune borne). Choisissez une autre variable de sous-groupe.</translation>
    </message>
    <message>
        <source>The edge %1 of the subgroup cells of %2 is not allowed.</source>
        <translation>La borne %1 des cellules de sous-groupe de %2 n&apos;est pas autorisée.</translation>
    </message>
    <message>
        <source>Subgroup edges of a numeric variable must be edges of the node&apos;s histogram of %1 (describe %1 to see them), so that which cells are withheld never tells where a record&apos;s value lies.</source>
        <translation>Les bornes de sous-groupe d&apos;une variable numérique doivent être choisies parmi les bornes de l&apos;histogramme de %1 établi par le nœud (décrivez %1 pour les voir), afin que le masquage de certaines cellules n&apos;indique jamais où se situe la valeur d&apos;un enregistrement.</translation>
    </message>
    <message>
        <source>The subgroup edges of %1 must increase, each at another edge of the node&apos;s histogram of %1.</source>
        <translation>Les bornes de sous-groupe de %1 doivent être croissantes, chacune sur une borne différente de l&apos;histogramme de %1 établi par le nœud.</translation>
    </message>
    <message>
        <source>Together with an earlier fit of this outcome on this dataset (by any user, for any purpose), this fit&apos;s first round would give the sums of a group of fewer than %1 records with (or without) the outcome. Fit the same cohort as the earlier fits (the same filters and complete cases), or a cohort that differs from it by at least %1 records with and %1 without the outcome.</source>
        <translation>Avec un ajustement antérieur de cette issue sur ce jeu de données (par tout utilisateur, pour toute finalité), le premier tour de cet ajustement donnerait les sommes d&apos;un groupe de moins de %1 enregistrements avec (ou sans) l&apos;issue. Ajustez la même cohorte que les ajustements antérieurs (mêmes filtres et cas complets), ou une cohorte qui en diffère d&apos;au moins %1 enregistrements avec et %1 sans l&apos;issue.</translation>
    </message>
    <message>
        <source>Fewer than %1 records of the cohort hold a value of this variable, so its summary would reveal them. Describe a larger cohort or leave it out.</source>
        <translation>Moins de %1 enregistrements de la cohorte ont une valeur de cette variable, son résumé les révélerait donc. Décrivez une cohorte plus grande ou laissez-la de côté.</translation>
    </message>
    <message>
        <source>Together with earlier fits on this dataset (by any user, for any purpose), this release would give the sums of fewer than %1 records of one category. Use the cohort of the earlier fits (the same filters and complete cases), or leave this variable out of the model or the filter.</source>
        <translation>Combinée aux ajustements antérieurs sur ce jeu de données (par tout utilisateur, pour toute finalité), cette publication donnerait les sommes de moins de %1 enregistrements d&apos;une catégorie. Utilisez la cohorte des ajustements antérieurs (mêmes filtres et mêmes cas complets), ou retirez cette variable du modèle ou du filtre.</translation>
    </message>
    <message>
        <source>Together with an earlier trend of the same variable by the same period on this dataset (by any user, for any purpose) over another cohort, this trend would give the trend of the records one cohort holds and the other does not, and a year or a level of it holds fewer than %1 records. (Level counts over a range of the period, and a histogram of the period over some of the variable&apos;s levels, are parts of that trend.) Ask for the trend over the cohort of the earlier one (the same filters and complete cases), or over a cohort that differs from it by at least %1 records in every year and level.</source>
        <translation>Avec une tendance antérieure de la même variable par la même période sur ce jeu de données (par tout utilisateur, pour toute finalité) sur une autre cohorte, cette tendance donnerait la tendance des enregistrements qu&apos;une cohorte contient et l&apos;autre non, et une année ou une modalité de celle-ci compte moins de %1 enregistrements. (Les effectifs par modalité sur un intervalle de la période, et un histogramme de la période sur certaines modalités de la variable, sont des parties de cette tendance.) Demandez la tendance sur la cohorte de la précédente (mêmes filtres et cas complets), ou sur une cohorte qui en diffère d&apos;au moins %1 enregistrements pour chaque année et chaque modalité.</translation>
    </message>
    <message>
        <source>Records were removed from this dataset or corrected by a re-import after earlier releases on part of this cohort (by any user, for any purpose). A cohort that holds all the remaining records of such an earlier group, or leaves fewer than %1 of them out, could single out the removed records, so it is refused, now and later. Use a cohort that leaves at least %1 records of each such group out (another filter or another set of complete cases), or ask the site to describe the groups you need before it removes or corrects records.</source>
        <translation>Des enregistrements ont été supprimés de ce jeu de données ou corrigés par une réimportation après des publications antérieures portant sur une partie de cette cohorte (par tout utilisateur, pour toute finalité). Une cohorte qui contient tous les enregistrements restants d&apos;un tel groupe antérieur, ou en laisse de côté moins de %1, pourrait isoler les enregistrements supprimés ; elle est donc refusée, maintenant et plus tard. Utilisez une cohorte qui laisse de côté au moins %1 enregistrements de chacun de ces groupes (un autre filtre ou un autre ensemble de cas complets), ou demandez au site de décrire les groupes dont vous avez besoin avant qu&apos;il ne supprime ou corrige des enregistrements.</translation>
    </message>
    <message>
        <source>The mean %1 and SD %2 of scale(%3) are not allowed: they are too far from the scale of %3 at this site (the step of its histogram), where a standardisation would no longer be exact. Standardise with the mean and SD of %3 over the sites (the client resolves them from the sites&apos; descriptives).</source>
        <translation>La moyenne %1 et l&apos;écart-type %2 de scale(%3) ne sont pas autorisés : ils sont trop éloignés de l&apos;échelle de %3 sur ce site (le pas de son histogramme), où une standardisation ne serait plus exacte. Standardisez avec la moyenne et l&apos;écart-type de %3 sur l&apos;ensemble des sites (le client les déduit des descriptions des sites).</translation>
    </message>
    <message>
        <source>Together with an earlier description of this whole-number variable over the same levels of a variable on this dataset (by any user, for any purpose) over another cohort, this description would give the counts of the records one cohort holds and the other does not by value and level, and a value or a level of them holds fewer than %1 records. Describe it over the cohort of the earlier one (the same filters and complete cases), or leave the level filter out.</source>
        <translation>Avec une description antérieure de cette variable entière sur les mêmes niveaux d&apos;une variable de ce jeu de données (par tout utilisateur, pour toute finalité) sur une autre cohorte, cette description donnerait les effectifs des enregistrements qu&apos;une cohorte contient et l&apos;autre non, par valeur et par niveau, et une valeur ou un niveau en compte moins de %1. Décrivez-la sur la cohorte de la précédente (mêmes filtres et cas complets), ou retirez le filtre de niveau.</translation>
    </message>
    <message>
        <source>Your releases from this dataset have already divided its records into as many groups as one user may (%1 in the differencing ledger), and this release would divide them further; nothing was released or recorded. Cohorts and variables already released (by you or anyone) can still be used, as they divide nothing. To go further, ask the site administrator (policy key differencing_atoms_per_user).</source>
        <translation>Vos publications issues de ce jeu de données ont déjà divisé ses enregistrements en autant de groupes qu’un utilisateur le peut (%1 dans le registre de différenciation), et cette publication les diviserait davantage ; rien n’a été publié ni enregistré. Les cohortes et variables déjà publiées (par vous ou d’autres) restent utilisables, car elles ne divisent rien. Pour aller plus loin, demandez à l’administrateur du site (clé de politique differencing_atoms_per_user).</translation>
    </message>
</context>
</TS>
