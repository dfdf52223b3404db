// SPDX-License-Identifier: GPL-3.0-or-later
// An in-process federated logistic fit, 4 sites x 250,000 rows, p = 20, against R's glm on the
// pooled million rows (bench/analysis/glm_pooled.R, when Rscript is installed). The data go to R
// as raw doubles in a temporary folder; R's estimates are compared with the federated ones.
#include "fairstart/analysis/glm.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <vector>

using namespace fairstart::analysis;

int main()
{
    const Eigen::Index perSite = 250000;
    const int sites = 4;
    const Eigen::Index p = 20;
    std::mt19937_64 rng(7);
    std::normal_distribution<double> normal;
    std::uniform_real_distribution<double> uniform;
    std::vector<DesignMatrix> designs(sites);
    for (DesignMatrix &d : designs) {
        d.X.resize(perSite, p);
        d.X.col(0).setOnes();
        for (Eigen::Index j = 1; j < p; ++j) {
            for (Eigen::Index i = 0; i < perSite; ++i)
                d.X(i, j) = normal(rng);
        }
        d.y.resize(perSite);
        for (Eigen::Index i = 0; i < perSite; ++i) {
            double eta = -1;
            for (Eigen::Index j = 1; j < p; ++j)
                eta += 0.05 * static_cast<double>(j % 5 - 2) * d.X(i, j);
            d.y[i] = uniform(rng) < 1 / (1 + std::exp(-eta)) ? 1 : 0;
        }
        d.offset = Eigen::VectorXd::Zero(perSite);
        for (Eigen::Index j = 0; j < p; ++j)
            d.terms.push_back(j == 0 ? "(Intercept)" : "x" + std::to_string(j));
    }
    std::vector<const DesignMatrix *> pointers;
    for (const DesignMatrix &d : designs)
        pointers.push_back(&d);

    const auto start = std::chrono::steady_clock::now();
    auto fit = fitFederated(pointers, Family::Binomial);
    const double federated
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!fit) {
        std::fprintf(stderr, "federated fit failed: %s\n", fit.error().message.c_str());
        return 1;
    }
    std::printf("{\"bench\":\"federated_fit\",\"sites\":%d,\"rows_per_site\":%lld,\"p\":%lld,"
                "\"rounds\":%d,\"fit_s\":%.3f}\n",
                sites, static_cast<long long>(perSite), static_cast<long long>(p), fit->rounds,
                federated);
    std::fflush(stdout);

    if (std::system("command -v Rscript > /dev/null 2>&1") != 0) {
        std::printf("{\"bench\":\"r_glm_pooled\",\"skipped\":\"Rscript is not installed "
                    "(scripts/install-deps --bench installs it)\"}\n");
        return 0;
    }
    const auto dir = std::filesystem::temp_directory_path() / "fairstart-bench-analysis";
    std::filesystem::create_directories(dir);
    {
        std::ofstream x(dir / "x.bin", std::ios::binary), y(dir / "y.bin", std::ios::binary),
            b(dir / "beta.bin", std::ios::binary);
        // Column-major pooled matrix: column j of every site, one after the other.
        for (Eigen::Index j = 0; j < p; ++j) {
            for (const DesignMatrix &d : designs)
                x.write(reinterpret_cast<const char *>(d.X.col(j).data()),
                        static_cast<std::streamsize>(perSite * 8));
        }
        for (const DesignMatrix &d : designs) {
            const Eigen::VectorXd values = d.y.values();
            y.write(reinterpret_cast<const char *>(values.data()),
                    static_cast<std::streamsize>(perSite * 8));
        }
        b.write(reinterpret_cast<const char *>(fit->beta.data()),
                static_cast<std::streamsize>(p * 8));
    }
    const std::string command = std::string("Rscript ") + FAIRSTART_SOURCE_DIR
        + "/bench/analysis/glm_pooled.R " + dir.string() + " " + std::to_string(perSite * sites)
        + " " + std::to_string(p) + " " + std::to_string(federated);
    const int rc = std::system(command.c_str());
    std::filesystem::remove_all(dir);
    return rc == 0 ? 0 : 1;
}
