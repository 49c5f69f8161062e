using System.Net;
using System.Net.Sockets;

namespace SiteGen.Serve;

/// <summary>The local machine's loopback interface, where `serve` (and the tests' own servers) listen.</summary>
public static class Loopback
{
    /// <summary>A port nobody listens on right now (the system picks it); it can be taken before it is bound, so callers retry.</summary>
    public static int FreePort()
    {
        var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        var port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        return port;
    }
}
