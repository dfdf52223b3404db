// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/analysis/formula.h"
#include "fairstart/analysis/numbers.h"

#include <cctype>
#include <charconv>
#include <cmath>

namespace fairstart::analysis {

std::string formatNumber(double value)
{
    char buffer[64];
    auto r = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, r.ptr);
}

namespace {

enum class Tok { Name, Number, String, Punct, End };

struct Token {
    Tok kind = Tok::End;
    std::string text;
    double number = 0.0;
    std::size_t pos = 0;
};

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '_';
}
bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
        || c == '_';
}

class Parser {
public:
    explicit Parser(std::string_view text)
        : m_text(text)
    {
    }

    Result<ModelSpec> parse(Family family);

private:
    struct Operand {
        Predictor predictor;
        bool isOffset = false;
        bool isConstant = false;
        double constant = 0.0;
    };

    Error error(const std::string &what, std::size_t pos) const
    {
        return makeError(ErrorCode::ParseError,
                         "The formula could not be read at position " + std::to_string(pos + 1)
                             + ": " + what);
    }
    std::optional<Error> lex();
    const Token &peek() const { return m_tokens[m_pos]; }
    bool punct(const char *p) const { return peek().kind == Tok::Punct && peek().text == p; }
    bool nameIs(const char *n) const { return peek().kind == Tok::Name && peek().text == n; }
    std::optional<Error> expect(const char *p)
    {
        if (!punct(p))
            return error(std::string("expected '") + p + "' here.", peek().pos);
        ++m_pos;
        return std::nullopt;
    }
    Result<double> number();
    Result<std::string> name();
    Result<Operand> operand();
    std::optional<Error> addPredictor(ModelSpec &spec, const Predictor &p, std::size_t pos);

    std::string_view m_text;
    std::vector<Token> m_tokens;
    std::size_t m_pos = 0;
    std::vector<std::pair<Predictor, std::size_t>> m_deferred;
};

std::optional<Error> Parser::lex()
{
    std::size_t i = 0;
    while (i < m_text.size()) {
        char c = m_text[i];
        if (isAsciiSpace(c)) {
            ++i;
            continue;
        }
        Token t;
        t.pos = i;
        if (c == '`') {
            std::size_t end = m_text.find('`', i + 1);
            if (end == std::string_view::npos || end == i + 1)
                return error("a back-quoted name is not closed.", i);
            t.kind = Tok::Name;
            t.text = std::string(m_text.substr(i + 1, end - i - 1));
            i = end + 1;
        } else if (c == '"' || c == '\'') {
            std::size_t end = m_text.find(c, i + 1);
            if (end == std::string_view::npos)
                return error("a quoted level is not closed.", i);
            t.kind = Tok::String;
            t.text = std::string(m_text.substr(i + 1, end - i - 1));
            i = end + 1;
        } else if (std::isdigit(static_cast<unsigned char>(c))
                   || (c == '.' && i + 1 < m_text.size()
                       && std::isdigit(static_cast<unsigned char>(m_text[i + 1])))) {
            double v = 0.0;
            auto r = std::from_chars(m_text.data() + i, m_text.data() + m_text.size(), v);
            if (r.ec != std::errc())
                return error("a number is malformed.", i);
            t.kind = Tok::Number;
            t.number = v;
            std::size_t end = static_cast<std::size_t>(r.ptr - m_text.data());
            t.text = std::string(m_text.substr(i, end - i));
            i = end;
        } else if (isNameStart(c)) {
            std::size_t end = i;
            while (end < m_text.size() && isNameChar(m_text[end]))
                ++end;
            t.kind = Tok::Name;
            t.text = std::string(m_text.substr(i, end - i));
            i = end;
        } else if (std::string_view("~+-*:(),>=").find(c) != std::string_view::npos) {
            t.kind = Tok::Punct;
            t.text = std::string(1, c);
            ++i;
        } else {
            return error(std::string("the character '") + c + "' is not allowed.", i);
        }
        m_tokens.push_back(std::move(t));
    }
    Token end;
    end.pos = m_text.size();
    m_tokens.push_back(end);
    return std::nullopt;
}

Result<double> Parser::number()
{
    bool negative = false;
    if (punct("-")) {
        negative = true;
        ++m_pos;
    }
    if (peek().kind != Tok::Number)
        return error("expected a number here.", peek().pos);
    double v = peek().number;
    ++m_pos;
    return negative ? -v : v;
}

Result<std::string> Parser::name()
{
    if (peek().kind != Tok::Name)
        return error("expected a variable name here.", peek().pos);
    return m_tokens[m_pos++].text;
}

Result<Parser::Operand> Parser::operand()
{
    Operand op;
    const Token &t = peek();
    if (t.kind == Tok::Number) {
        op.isConstant = true;
        op.constant = t.number;
        ++m_pos;
        return op;
    }
    if (t.kind != Tok::Name)
        return error("expected a variable or a function such as log(x) here.", t.pos);
    std::string fn = t.text;
    ++m_pos;
    if (!punct("(")) {
        op.predictor.variable = fn;
        return op;
    }
    ++m_pos;
    auto var = name();
    if (!var)
        return var.error();
    op.predictor.variable = *var;
    if (fn == "log") {
        op.predictor.transform = Transform::Log;
    } else if (fn == "scale") {
        op.predictor.transform = Transform::Standardise;
    } else if (fn == "offset") {
        op.isOffset = true;
    } else if (fn == "rcs") {
        op.predictor.transform = Transform::Spline;
        if (auto e = expect(","))
            return *e;
        auto k = number();
        if (!k)
            return k.error();
        if (*k != std::floor(*k) || *k < 3 || *k > 7)
            return error("a spline takes a whole number of knots between 3 and 7, as rcs(x, 4).",
                         m_tokens[m_pos - 1].pos);
        op.predictor.knots = static_cast<int>(*k);
    } else if (fn == "winsor") {
        op.predictor.transform = Transform::Winsorise;
        if (auto e = expect(","))
            return *e;
        auto lo = number();
        if (!lo)
            return lo.error();
        if (auto e = expect(","))
            return *e;
        auto hi = number();
        if (!hi)
            return hi.error();
        op.predictor.lower = *lo;
        op.predictor.upper = *hi;
    } else if (fn == "factor") {
        op.predictor.transform = Transform::Categorical;
        if (punct(",")) {
            ++m_pos;
            if (!nameIs("ref"))
                return error("factor() takes only 'ref = \"level\"' after the variable.",
                             peek().pos);
            ++m_pos;
            if (auto e = expect("="))
                return *e;
            if (peek().kind != Tok::String)
                return error("the reference level must be quoted, as ref = \"male\".", peek().pos);
            op.predictor.reference = m_tokens[m_pos++].text;
        }
    } else {
        return error("the function '" + fn
                         + "' is not supported; use log(), scale(), rcs(x, k), "
                           "winsor(x, lower, upper), factor() or offset().",
                     t.pos);
    }
    if (auto e = expect(")"))
        return *e;
    return op;
}

std::optional<Error> Parser::addPredictor(ModelSpec &spec, const Predictor &p, std::size_t pos)
{
    for (const Predictor &q : spec.predictors) {
        if (q.variable == p.variable) {
            if (q == p)
                return std::nullopt;
            return error("the variable '" + p.variable
                             + "' appears with two different transforms; use it once.",
                         pos);
        }
    }
    spec.predictors.push_back(p);
    return std::nullopt;
}

Result<ModelSpec> Parser::parse(Family family)
{
    if (auto e = lex())
        return *e;
    ModelSpec spec;
    spec.family = family;
    // Outcome.
    if (nameIs("I") && m_tokens[m_pos + 1].kind == Tok::Punct && m_tokens[m_pos + 1].text == "(") {
        m_pos += 2;
        auto var = name();
        if (!var)
            return var.error();
        if (auto e = expect(">"))
            return *e;
        auto threshold = number();
        if (!threshold)
            return threshold.error();
        if (auto e = expect(")"))
            return *e;
        spec.outcome.variable = *var;
        spec.outcome.threshold = *threshold;
    } else {
        if (peek().kind != Tok::Name)
            return error("a formula starts with the outcome, as in 'y ~ x'.", peek().pos);
        auto var = name();
        spec.outcome.variable = *var;
    }
    if (auto e = expect("~"))
        return *e;
    bool first = true;
    while (peek().kind != Tok::End) {
        if (!first) {
            if (punct("-"))
                return error("removing terms ('- 1', '- x') is not supported; every model has "
                             "an intercept.",
                             peek().pos);
            if (auto e = expect("+"))
                return *e;
        }
        first = false;
        std::size_t pos = peek().pos;
        auto a = operand();
        if (!a)
            return a.error();
        if (a->isConstant) {
            if (a->constant == 1.0)
                continue;
            return error("models without an intercept are not supported; remove '0 +'.", pos);
        }
        if (a->isOffset) {
            if (!spec.offset.empty())
                return error("only one offset() is allowed.", pos);
            spec.offset = a->predictor.variable;
            continue;
        }
        if (punct(":") || punct("*")) {
            bool star = punct("*");
            ++m_pos;
            std::size_t posB = peek().pos;
            auto b = operand();
            if (!b)
                return b.error();
            if (b->isConstant || b->isOffset)
                return error("an interaction needs two predictors.", posB);
            if (punct(":") || punct("*"))
                return error("only two-way interactions are supported.", peek().pos);
            if (star) {
                if (auto e = addPredictor(spec, a->predictor, pos))
                    return *e;
                if (auto e = addPredictor(spec, b->predictor, posB))
                    return *e;
            } else {
                // a:b refers to predictors declared elsewhere; a transform written here must
                // match theirs, which is checked once all terms are read.
                m_deferred.push_back({ a->predictor, pos });
                m_deferred.push_back({ b->predictor, posB });
            }
            spec.interactions.push_back({ a->predictor.variable, b->predictor.variable });
            continue;
        }
        if (auto e = addPredictor(spec, a->predictor, pos))
            return *e;
    }
    if (first)
        return error("the right-hand side is empty; write 'y ~ 1' for an intercept-only model.",
                     peek().pos);
    for (const auto &[p, pos] : m_deferred) {
        for (const Predictor &q : spec.predictors) {
            if (q.variable == p.variable && q != p && p.transform != Transform::AsIs)
                return error("the interaction uses '" + p.variable
                                 + "' with a transform different from its main effect.",
                             pos);
        }
    }
    return spec;
}

std::string quoted(const std::string &name)
{
    bool plain = !name.empty() && isNameStart(name[0]);
    for (char c : name)
        plain = plain && isNameChar(c);
    return plain ? name : "`" + name + "`";
}

std::string predictorText(const Predictor &p)
{
    const std::string v = quoted(p.variable);
    switch (p.transform) {
    case Transform::AsIs:
        return v;
    case Transform::Log:
        return "log(" + v + ")";
    case Transform::Standardise:
        return "scale(" + v + ")";
    case Transform::Spline:
        return "rcs(" + v + ", " + std::to_string(p.knots) + ")";
    case Transform::Winsorise:
        return "winsor(" + v + ", " + formatNumber(p.lower) + ", " + formatNumber(p.upper) + ")";
    case Transform::Categorical:
        return p.reference.empty() ? "factor(" + v + ")"
                                   : "factor(" + v + ", ref = \"" + p.reference + "\")";
    }
    return v;
}

} // namespace

Result<ModelSpec> parseFormula(std::string_view formula, Family family)
{
    Parser parser(formula);
    return parser.parse(family);
}

std::string toFormula(const ModelSpec &spec)
{
    std::string out = spec.outcome.threshold
        ? "I(" + quoted(spec.outcome.variable) + " > " + formatNumber(*spec.outcome.threshold) + ")"
        : quoted(spec.outcome.variable);
    out += " ~ ";
    std::vector<std::string> terms;
    for (const Predictor &p : spec.predictors)
        terms.push_back(predictorText(p));
    for (const Interaction &i : spec.interactions)
        terms.push_back(quoted(i.a) + ":" + quoted(i.b));
    if (!spec.offset.empty())
        terms.push_back("offset(" + quoted(spec.offset) + ")");
    if (terms.empty())
        terms.push_back("1");
    for (std::size_t i = 0; i < terms.size(); ++i)
        out += (i ? " + " : "") + terms[i];
    return out;
}

} // namespace fairstart::analysis
