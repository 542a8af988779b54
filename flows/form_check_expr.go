package flows

// Checks of calculate and relevant that type-checking cannot make: a
// division by a constant zero (the figure could never be computed), and
// questions that depend on each other in a circle (none of them could be
// asked or computed). Both are found at load, so `baocao config check`
// reports them before an officer meets a question that never comes.

import (
	"math"
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
