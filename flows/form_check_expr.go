package flows

// Checks of calculate and relevant that type-checking cannot make: a
// division by a constant zero (the figure could never be computed), and
// questions that depend on each other in a circle (none of them could be
// asked or computed). Both are found at load, so `baocao config check`
// reports them before an officer meets a question that never comes.

import (
	"maps"
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/parser"
	"github.com/expr-lang/expr/vm"
)

// checkDivisions reports a calculate that divides by a constant zero.
func checkDivisions(q *Question, p *vm.Program, e *ConfigError) {
	if p == nil {
		return
	}
	root := p.Node()
	if isConstant(root) {
		// Folded at compile time: "1/0" is already +Inf.
		if v, err := expr.Run(p, map[string]any{}); err == nil {
			if f, ok := v.(float64); ok && (math.IsInf(f, 0) || math.IsNaN(f)) {
				e.addm(q.line, "config.divide_by_zero", "id", q.ID, "expr", q.Calculate, "part", q.Calculate)
			}
		}
		return
	}
	reported := false
	ast.Walk(&root, visit(func(n *ast.Node) {
		b, ok := (*n).(*ast.BinaryNode)
		if reported || !ok || (b.Operator != "/" && b.Operator != "%") || !isConstant(b.Right) {
			return
		}
		v, err := expr.Eval(b.Right.String(), nil)
		if err != nil {
			return
		}
		if f, ok := toFloat(v); ok && f == 0 {
			e.addm(q.line, "config.divide_by_zero", "id", q.ID, "expr", q.Calculate, "part", b.String())
			reported = true
		}
	}))
}

// checkDivisors warns of a calculate that divides by a question which may
// be 0 (no min above 0, or itself calculated), where nothing in the
// expression rules that out: an officer who answers 0 there would get a
// figure that can never be computed, and the author would not learn of it
// before a report came in. A division inside "d > 0 ? … : nil" (any
// condition that reads d), or in a question whose relevant reads d, is
// guarded and accepted. It is a warning, not a refusal: such a figure is
// left out when its divisor is 0 (evalFloat), never wrong, and files that
// `baocao config init` wrote before this check must still be served.
func checkDivisors(f *Form, q *Question, p *vm.Program, e *ConfigError) {
	if p == nil {
		return
	}
	byID := map[string]*Question{}
	for _, x := range f.Questions {
		byID[x.ID] = x
	}
	reported := map[string]bool{}
	// A relevant that reads the divisor ("so_clb > 0") says when the
	// figure exists at all: the author has thought of 0.
	for _, id := range q.relevantReads {
		reported[id] = true
	}
	var visit func(n ast.Node, guarded map[string]bool)
	visit = func(n ast.Node, guarded map[string]bool) {
		switch x := n.(type) {
		case *ast.ConditionalNode:
			visit(x.Cond, guarded)
			inner := maps.Clone(guarded)
			if inner == nil {
				inner = map[string]bool{}
			}
			for _, id := range identifiers(x.Cond) {
				inner[id] = true
			}
			visit(x.Exp1, inner)
			visit(x.Exp2, inner)
		case *ast.BinaryNode:
			if id, ok := x.Right.(*ast.IdentifierNode); ok && (x.Operator == "/" || x.Operator == "%") &&
				!guarded[id.Value] && !reported[id.Value] && mayBeZero(byID[id.Value]) {
				reported[id.Value] = true
				e.warn(q.line, "config.divide_by_maybe_zero", "id", q.ID, "expr", q.Calculate, "divisor", id.Value)
			}
			visit(x.Left, guarded)
			visit(x.Right, guarded)
		case *ast.UnaryNode:
			visit(x.Node, guarded)
		case *ast.CallNode:
			for _, a := range x.Arguments {
				visit(a, guarded)
			}
		}
	}
	visit(p.Node(), nil)
}

// mayBeZero reports a question whose value may be 0: a number without a
// min above 0, or a calculated one.
func mayBeZero(q *Question) bool {
	if q == nil || !q.Numeric() {
		return false // not a question of the form's numbers (type-checking says so)
	}
	if q.Calculate != "" {
		return true
	}
	if q.Min != nil && *q.Min > 0 {
		return false
	}
	// A constraint that asks for more than 0 ("so_clb >= 1", as a form
	// imported from XLSForm, which has no min, says it).
	m := aboveZero.FindStringSubmatch(q.Constraint)
	return m == nil || m[1] != q.ID
}

// aboveZero reads a constraint that starts by requiring its question to
// be above 0: "x > 0", "x >= 1", "x >= 1 && …".
var aboveZero = regexp.MustCompile(`^\s*\(?\s*([a-z][a-z0-9_]*)\s*(?:>\s*0|>=\s*[1-9][0-9]*)\s*\)?\s*(?:$|&&|and\s)`)

// identifiers lists the names an expression reads.
func identifiers(n ast.Node) []string {
	var ids []string
	ast.Walk(&n, visit(func(n *ast.Node) {
		if id, ok := (*n).(*ast.IdentifierNode); ok {
			ids = append(ids, id.Value)
		}
	}))
	return ids
}

// isConstant reports an expression that reads no question.
func isConstant(n ast.Node) bool {
	constant := true
	ast.Walk(&n, visit(func(n *ast.Node) {
		switch (*n).(type) {
		case *ast.IdentifierNode, *ast.MemberNode, *ast.CallNode, *ast.PointerNode, *ast.VariableDeclaratorNode:
			constant = false
		}
	}))
	return constant
}

func toFloat(v any) (float64, bool) {
	switch x := v.(type) {
	case int:
		return float64(x), true
	case int64:
		return float64(x), true
	case float64:
		return x, true
	}
	return 0, false
}

type visit func(*ast.Node)

func (v visit) Visit(n *ast.Node) { v(n) }

// checkCycles reports questions whose relevant or calculate depend on each
// other in a circle, once per circle, at the line of its first question.
func checkCycles(f *Form, env map[string]any, e *ConfigError) {
	deps := map[string][]string{}
	for _, q := range f.Questions {
		for _, src := range []string{q.Relevant, q.Calculate} {
			for _, id := range reads(src, env) {
				if !slices.Contains(deps[q.ID], id) {
					deps[q.ID] = append(deps[q.ID], id)
				}
			}
		}
	}
	const (
		unseen = iota
		onPath
		done
	)
	state := map[string]int{}
	var path []string
	var walk func(id string)
	walk = func(id string) {
		state[id] = onPath
		path = append(path, id)
		for _, d := range deps[id] {
			switch state[d] {
			case onPath:
				i := slices.Index(path, d)
				circle := append(slices.Clone(path[i:]), d)
				q := f.Questions[slices.IndexFunc(f.Questions, func(q *Question) bool { return q.ID == d })]
				e.addm(q.line, "config.expr_cycle", "cycle", strings.Join(circle, " → "))
			case unseen:
				walk(d)
			}
		}
		path = path[:len(path)-1]
		state[id] = done
	}
	for _, q := range f.Questions {
		if state[q.ID] == unseen {
			walk(q.ID)
		}
	}
}

// arithmeticOnly reports whether an expression is numbers, question ids
// and arithmetic alone, as calculations almost always are ("gdvh /
// tong_ho * 100"). Such an expression fails whenever an id it reads has
// no value (arithmetic on nil is an error in expr), so compute can say
// "not computable" without running it. Anything else (a comparison,
// a ternary, ??, a function) may deal with a missing value and is run.
func arithmeticOnly(src string) bool {
	tree, err := parser.Parse(src)
	if err != nil {
		return false
	}
	ok := true
	ast.Walk(&tree.Node, visit(func(n *ast.Node) {
		switch x := (*n).(type) {
		case *ast.IdentifierNode, *ast.IntegerNode, *ast.FloatNode:
		case *ast.UnaryNode:
			ok = ok && (x.Operator == "-" || x.Operator == "+")
		case *ast.BinaryNode:
			switch x.Operator {
			case "+", "-", "*", "/", "%", "**", "^":
			default:
				ok = false
			}
		default:
			ok = false
		}
	}))
	return ok
}
