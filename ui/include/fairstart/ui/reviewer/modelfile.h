// SPDX-License-Identifier: GPL-3.0-or-later
// A published model as a file of its own, for the professionals who use its risk calculator: a
// published model lives in the analyst's encrypted workspace, which a youth-care professional
// neither has nor may open. The analyst saves the model as a file (reviewer mode, "Save Model
// File…") and hands it over; the professional opens it with File ▸ Open Model File… (or
// `fairstart model.fairstart-model`) without a workspace, without sites and offline.
//
// The file is the JSON of toJson(PublishedModelDocument): the plain-language description and the
// fit report, which holds released aggregates only (coefficients, their covariance, the sites'
// released performance), as the PDF report does. No record, no token, no site address.
//
// Since branch walk5 the file is signed by the analyst's key of the workspace ("signature",
// modelsignature.h), and reading it checks that signature and the sites' signed attestation of
// the coefficients: a changed, unsigned or wrongly signed file is refused with what to do.
#pragma once

#include "fairstart/ui/reviewer/modelsignature.h"
#include "fairstart/ui/reviewer/publishedmodel.h"

#include <QString>

#include <optional>

namespace fairstart::ui {

// The suffix of a model file, without the dot.
inline constexpr const char *kModelFileSuffix = "fairstart-model";

// "Risk of developmental delay at 2 years.fairstart-model": the model's title, characters a
// file system may refuse replaced by spaces.
QString publishedModelFileName(const PublishedModelDocument &model);

// Writes the model to path (atomically), signed by `signer`. Empty on success, else what went
// wrong and what to do.
QString writePublishedModelFile(const PublishedModelDocument &model, const QString &path,
                                const ModelSigner &signer);

// A model file read and checked: its document, who signed it, and the sites' proof.
struct ModelFile {
    PublishedModelDocument document;
    ModelFileSignature signature;
    SitesProof sites;
};

// Reads a model file and checks it. On failure nullopt and, in error, what went wrong and what
// to do: the file cannot be read, is not a model file, comes from a newer version, is damaged;
// it is not signed (a file from before signing); it was changed after it was signed; its
// coefficients are not the ones the sites signed. Whether the signer is trusted is the
// caller's question (signerTrust).
std::optional<ModelFile> readModelFile(const QString &path, QString *error);
// readModelFile's document.
std::optional<PublishedModelDocument> readPublishedModelFile(const QString &path, QString *error);

} // namespace fairstart::ui
