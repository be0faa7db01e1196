using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace NewsGen.Generator.Tests.Infrastructure;

/// <summary>
/// Reads generated code loaded at run time. The tests cannot reference the generated types statically, since they
/// exist only in the in-memory assembly, so they go through these reflection helpers.
/// </summary>
internal static class GeneratedApi
{
    public static Type Type(Assembly assembly, string name) =>
        assembly.GetTypes().Single(t => t.Name == name && t.Namespace is "NewsGen.Content" or "Test.Content");

    public static List<object> Items(object? list) => ((IEnumerable)list!).Cast<object>().ToList();

    public static object? Property(Type type, string name) => type.GetProperty(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null);

    public static object? Get(object instance, string name) => instance.GetType().GetProperty(name)!.GetValue(instance);

    public static object? Invoke(Type type, string method, params object[] args) =>
        type.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, args);

    public static object? TryGet(Type articles, string id)
    {
        var args = new object?[] { id, null };
        return (bool)articles.GetMethod("TryGet")!.Invoke(null, args)! ? args[1] : null;
    }
}
