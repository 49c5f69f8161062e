using System.Reflection;
using System.Reflection.Emit;

namespace SiteGen.Tests.Architecture;

/// <summary>
/// Which of SiteGen's namespaces (one folder of src/SiteGen each) use which, read from the compiled
/// assembly: signatures, base types and every type, method and field the IL names, so a call counts as well as a using.
/// </summary>
public sealed class NamespaceGraph
{
    /// <summary>The namespace the compiled-in theme templates live in (RazorLight's), shown as one node of its own.</summary>
    public const string Theme = "Theme";

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>Each edge "from → to" with one example of a type of "from" naming a type of "to".</summary>
    public IReadOnlyDictionary<(string From, string To), string> Edges => _edges;
    private readonly Dictionary<(string From, string To), string> _edges = [];

    public static NamespaceGraph Of(Assembly assembly)
    {
        var graph = new NamespaceGraph();
        foreach (var type in assembly.GetTypes())
            if (NodeOf(type) is { } from)
                foreach (var used in graph.TypesUsedBy(type))
                    if (NodeOf(used) is { } to && to != from)
                        graph._edges.TryAdd((from, to), $"{Outermost(type).FullName} uses {Outermost(used).FullName}");
        return graph;
    }

    /// <summary>The namespace of the outermost type (a closure counts as its method's type); null outside SiteGen.</summary>
    public static string? NodeOf(Type type)
    {
        var name = Outermost(type).Namespace ?? "";
        if (name == "RazorLight.CompiledTemplates") return Theme;
        if (!name.StartsWith("SiteGen.", StringComparison.Ordinal)) return null;
        return name;
    }

    /// <summary>
    /// The namespaces that reach each other (Tarjan's strongly connected components of more than one node),
    /// each given with the edges inside it.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var nodes = _edges.Keys.SelectMany(edge => new[] { edge.From, edge.To }).Distinct().Order(StringComparer.Ordinal).ToList();
        var next = nodes.ToDictionary(node => node, node => _edges.Keys.Where(edge => edge.From == node).Select(edge => edge.To).Order(StringComparer.Ordinal).ToList());
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var components = new List<IReadOnlyList<string>>();
        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (var to in next[node])
            {
                if (!index.ContainsKey(to)) { Visit(to); low[node] = Math.Min(low[node], low[to]); }
                else if (stack.Contains(to)) low[node] = Math.Min(low[node], index[to]);
            }
            if (low[node] != index[node]) return;
            var component = new List<string>();
            string popped;
            do { popped = stack.Pop(); component.Add(popped); } while (popped != node);
            if (component.Count > 1) components.Add(component.Order(StringComparer.Ordinal).ToList());
        }
        foreach (var node in nodes)
            if (!index.ContainsKey(node)) Visit(node);
        return components;
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer) type = outer;
        return type;
    }

    private IEnumerable<Type> TypesUsedBy(Type type)
    {
        var used = new List<Type?> { type.BaseType };
        used.AddRange(type.GetInterfaces());
        foreach (var field in type.GetFields(Declared)) used.Add(field.FieldType);
        foreach (var property in type.GetProperties(Declared)) used.Add(property.PropertyType);
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info) used.Add(info.ReturnType);
            used.AddRange(method.GetParameters().Select(parameter => parameter.ParameterType));
            used.AddRange(TypesInBody(method));
        }
        return used.OfType<Type>().SelectMany(Parts);
    }

    /// <summary>A type and the types it is made of: List&lt;PlanPage&gt; is List and PlanPage, PlanPage[] is PlanPage.</summary>
    private static IEnumerable<Type> Parts(Type type)
    {
        if (type.HasElementType) return Parts(type.GetElementType()!);
        if (type.IsGenericParameter) return [];
        if (!type.IsGenericType) return [type];
        return type.GetGenericArguments().SelectMany(Parts).Prepend(type);
    }

    private static IEnumerable<Type> TypesInBody(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null) yield break;
        foreach (var local in body.LocalVariables) yield return local.LocalType;
        var il = body.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            short value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            var code = OpCodesByValue[value];
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
                foreach (var used in Resolve(method.Module, BitConverter.ToInt32(il, at), typeArguments, methodArguments))
                    yield return used;
            at += code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
                _ => 4,
            };
        }
    }

    private static IEnumerable<Type> Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        MemberInfo? member;
        try { member = module.ResolveMember(token, typeArguments, methodArguments); }
        catch (ArgumentException) { yield break; } // a member of a generic the context cannot close: its declaring type is named elsewhere too
        switch (member)
        {
            case Type type: yield return type; break;
            case FieldInfo field: yield return field.DeclaringType!; yield return field.FieldType; break;
            case MethodInfo called:
                yield return called.DeclaringType!;
                yield return called.ReturnType;
                foreach (var argument in called.IsGenericMethod ? called.GetGenericArguments() : []) yield return argument;
                break;
            case ConstructorInfo constructed: yield return constructed.DeclaringType!; break;
        }
    }
}
